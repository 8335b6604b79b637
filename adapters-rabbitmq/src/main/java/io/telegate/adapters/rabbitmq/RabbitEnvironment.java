package io.telegate.adapters.rabbitmq;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link RabbitConfig} from environment variables handed in as a map (the app reads the environment).
 *
 * <p>Seed 000's {@code RABBITMQ_URL} (default {@value RabbitConfig#DEFAULT_URL}) and {@code RABBITMQ_EXCHANGE}, and
 * Telegate's optional additions: {@code RABBITMQ_COMMANDS_QUEUE}, {@code RABBITMQ_COMMANDS_ROUTING_KEY},
 * {@code RABBITMQ_EVENTS_QUEUE}, {@code RABBITMQ_EVENTS_ROUTING_KEY}, {@code RABBITMQ_DEAD_LETTER_EXCHANGE}
 * (default {@code <exchange>.dlx}), {@code RABBITMQ_DEAD_LETTER_QUEUE} (default {@code <commands queue>.dead}),
 * {@code RABBITMQ_PREFETCH}, {@code RABBITMQ_CONFIRM_TIMEOUT_MS} and {@code RABBITMQ_CONNECTION_NAME}. Errors name
 * the variable, never the URL.
 */
public final class RabbitEnvironment {

    private RabbitEnvironment() {
    }

    /** The config the variables describe, defaults filling the gaps. */
    public static RabbitConfig read(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String url = value(env, "RABBITMQ_URL").orElse(RabbitConfig.DEFAULT_URL);
        try {
            RabbitUrl.requireValid(url);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("RABBITMQ_URL is invalid: " + invalid.getMessage());
        }
        String exchange = value(env, "RABBITMQ_EXCHANGE").orElse(RabbitConfig.DEFAULT_EXCHANGE);
        String commandsQueue = value(env, "RABBITMQ_COMMANDS_QUEUE").orElse(RabbitConfig.DEFAULT_COMMANDS_QUEUE);
        return new RabbitConfig(
                url,
                exchange,
                commandsQueue,
                value(env, "RABBITMQ_COMMANDS_ROUTING_KEY").orElse(RabbitConfig.DEFAULT_COMMANDS_ROUTING_KEY),
                value(env, "RABBITMQ_EVENTS_QUEUE").orElse(RabbitConfig.DEFAULT_EVENTS_QUEUE),
                value(env, "RABBITMQ_EVENTS_ROUTING_KEY").orElse(RabbitConfig.DEFAULT_EVENTS_ROUTING_KEY),
                value(env, "RABBITMQ_DEAD_LETTER_EXCHANGE").orElse(RabbitConfig.deadLetterExchangeOf(exchange)),
                value(env, "RABBITMQ_DEAD_LETTER_QUEUE").orElse(RabbitConfig.deadLetterQueueOf(commandsQueue)),
                (int) number(env, "RABBITMQ_PREFETCH").orElse((long) RabbitConfig.DEFAULT_PREFETCH).longValue(),
                number(env, "RABBITMQ_CONFIRM_TIMEOUT_MS").map(Duration::ofMillis)
                        .orElse(RabbitConfig.DEFAULT_CONFIRM_TIMEOUT),
                value(env, "RABBITMQ_CONNECTION_NAME").orElse(RabbitConfig.DEFAULT_CONNECTION_NAME));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Long> number(Map<String, String> env, String name) {
        return value(env, name).map(text -> {
            try {
                long number = Long.parseLong(text);
                if (number < 1 || number > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(name + " must be between 1 and " + Integer.MAX_VALUE
                            + ", got " + number);
                }
                return number;
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
            }
        });
    }
}
