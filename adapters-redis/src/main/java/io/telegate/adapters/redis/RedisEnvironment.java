package io.telegate.adapters.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link RedisConfig} from environment variables handed in as a map (the app reads the environment).
 *
 * <p>{@code REDIS_URL} wins; without it the URL is built from {@code REDIS_HOST} (127.0.0.1), {@code REDIS_PORT}
 * (6379), {@code REDIS_PASSWORD} and {@code REDIS_DB} (0), as seed 002 allows. The rest are optional:
 * {@code REDIS_COMMANDS_KEY}, {@code REDIS_EVENTS_CHANNEL}, {@code REDIS_EVENTS_STREAM},
 * {@code REDIS_EVENTS_STREAM_MAXLEN}, {@code REDIS_DEAD_LETTER_KEY}, {@code REDIS_CONSUMER} (else
 * {@code HOSTNAME}, else {@code telegate}), {@code REDIS_KEY_PREFIX} (set it empty for none) and
 * {@code REDIS_COMMAND_TIMEOUT_MS}. Errors name the variable, never the value of a password or URL.
 */
public final class RedisEnvironment {

    private RedisEnvironment() {
    }

    /** The config the variables describe, defaults filling the gaps. */
    public static RedisConfig read(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String consumer = value(env, "REDIS_CONSUMER").or(() -> value(env, "HOSTNAME")).orElse("telegate");
        return RedisConfig.defaults(url(env), consumer)
                .withCommandsKey(value(env, "REDIS_COMMANDS_KEY").orElse(RedisConfig.DEFAULT_COMMANDS_KEY))
                .withEventsChannel(value(env, "REDIS_EVENTS_CHANNEL").orElse(RedisConfig.DEFAULT_EVENTS_CHANNEL))
                .withEventsStreamKey(value(env, "REDIS_EVENTS_STREAM").orElse(RedisConfig.DEFAULT_EVENTS_STREAM_KEY))
                .withEventsStreamMaxLength(number(env, "REDIS_EVENTS_STREAM_MAXLEN")
                        .orElse(RedisConfig.DEFAULT_EVENTS_STREAM_MAX_LENGTH))
                .withDeadLetterKey(value(env, "REDIS_DEAD_LETTER_KEY").orElse(RedisConfig.DEFAULT_DEAD_LETTER_KEY))
                .withKeyPrefix(Optional.ofNullable(env.get("REDIS_KEY_PREFIX")).orElse(RedisConfig.DEFAULT_KEY_PREFIX))
                .withCommandTimeout(number(env, "REDIS_COMMAND_TIMEOUT_MS").map(Duration::ofMillis)
                        .orElse(RedisConfig.DEFAULT_COMMAND_TIMEOUT));
    }

    private static String url(Map<String, String> env) {
        Optional<String> url = value(env, "REDIS_URL");
        if (url.isPresent()) {
            return url.get();
        }
        String host = value(env, "REDIS_HOST").orElse("127.0.0.1");
        long port = number(env, "REDIS_PORT").orElse(6379L);
        long db = number(env, "REDIS_DB").orElse(0L);
        String credentials = value(env, "REDIS_PASSWORD").map(p -> ":" + percentEncoded(p) + "@").orElse("");
        return "redis://" + credentials + host + ":" + port + "/" + db;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Long> number(Map<String, String> env, String name) {
        return value(env, name).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
            }
        });
    }

    /** Percent-encodes all but RFC 3986 unreserved characters, so any password survives inside the URL. */
    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
