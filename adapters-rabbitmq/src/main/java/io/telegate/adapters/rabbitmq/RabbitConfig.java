package io.telegate.adapters.rabbitmq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where RabbitMQ is and which exchanges and queues the RabbitMQ adapters use; the wire names default to those of
 * seed 000.
 *
 * <p>{@link #toString()} masks the password of the URL, and no validation message repeats the URL, so a config
 * can be logged. The file is longer than most because each component has a {@code with...} copy method, which
 * keeps tests and apps from spelling out eleven arguments to change one. A copy method changes its component
 * only: renaming the exchange does not rename the dead-letter exchange ({@link RabbitEnvironment} derives both).
 *
 * @param url                the broker, {@code amqp://user:password@host:port/vhost} ({@code RABBITMQ_URL}); may
 *                           hold a secret. An empty path or {@code /} is the default virtual host {@code /}
 * @param exchange           the direct exchange commands and events travel through ({@code aivalone_python_bridge})
 * @param commandsQueue      the durable queue commands wait in ({@code python_bridge_commands})
 * @param commandsRoutingKey the key binding the commands queue to the exchange ({@code command})
 * @param eventsQueue        the durable queue events are delivered to ({@code python_bridge_events})
 * @param eventsRoutingKey   the key binding the events queue to the exchange ({@code event})
 * @param deadLetterExchange the direct exchange dead-lettered commands are published to
 *                           ({@code aivalone_python_bridge.dlx}; Telegate addition)
 * @param deadLetterQueue    the durable queue keeping dead-lettered commands, bound to the dead-letter exchange
 *                           with the commands routing key ({@code python_bridge_commands.dead}; Telegate addition)
 * @param prefetch           the most commands one consumer holds unsettled at a time
 * @param confirmTimeout     how long a publish waits for the broker's confirm; also bounds connecting and each
 *                           protocol round trip
 * @param connectionName     the name the connection shows in the broker's management tools
 */
public record RabbitConfig(
        String url,
        String exchange,
        String commandsQueue,
        String commandsRoutingKey,
        String eventsQueue,
        String eventsRoutingKey,
        String deadLetterExchange,
        String deadLetterQueue,
        int prefetch,
        Duration confirmTimeout,
        String connectionName) {

    public static final String DEFAULT_URL = "amqp://guest:guest@127.0.0.1:5672/";
    public static final String DEFAULT_EXCHANGE = "aivalone_python_bridge";
    public static final String DEFAULT_COMMANDS_QUEUE = "python_bridge_commands";
    public static final String DEFAULT_COMMANDS_ROUTING_KEY = "command";
    public static final String DEFAULT_EVENTS_QUEUE = "python_bridge_events";
    public static final String DEFAULT_EVENTS_ROUTING_KEY = "event";
    public static final int DEFAULT_PREFETCH = 16;
    public static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofSeconds(5);
    public static final String DEFAULT_CONNECTION_NAME = "telegate";

    public RabbitConfig {
        RabbitUrl.requireValid(url);
        requireName(exchange, "exchange");
        requireName(commandsQueue, "commands queue");
        requireName(commandsRoutingKey, "commands routing key");
        requireName(eventsQueue, "events queue");
        requireName(eventsRoutingKey, "events routing key");
        requireName(deadLetterExchange, "dead-letter exchange");
        requireName(deadLetterQueue, "dead-letter queue");
        requireName(connectionName, "connection name");
        Objects.requireNonNull(confirmTimeout, "confirm timeout");
        if (prefetch < 1 || prefetch > 65_535) {
            throw new IllegalArgumentException("prefetch must be between 1 and 65535, got " + prefetch);
        }
        if (confirmTimeout.toMillis() < 1 || confirmTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("confirm timeout must be positive, got " + confirmTimeout);
        }
        if (exchange.equals(deadLetterExchange)) {
            throw new IllegalArgumentException("the dead-letter exchange must differ from the exchange");
        }
        if (commandsQueue.equals(deadLetterQueue) || eventsQueue.equals(deadLetterQueue)
                || commandsQueue.equals(eventsQueue)) {
            throw new IllegalArgumentException("the commands, events and dead-letter queues must be three queues");
        }
    }

    /** The seed 000 names, {@code <exchange>.dlx} and {@code <commands queue>.dead}, a prefetch of 16, 5 s confirms. */
    public static RabbitConfig defaults(String url) {
        return new RabbitConfig(url, DEFAULT_EXCHANGE, DEFAULT_COMMANDS_QUEUE, DEFAULT_COMMANDS_ROUTING_KEY,
                DEFAULT_EVENTS_QUEUE, DEFAULT_EVENTS_ROUTING_KEY, deadLetterExchangeOf(DEFAULT_EXCHANGE),
                deadLetterQueueOf(DEFAULT_COMMANDS_QUEUE), DEFAULT_PREFETCH, DEFAULT_CONFIRM_TIMEOUT,
                DEFAULT_CONNECTION_NAME);
    }

    /** The dead-letter exchange Telegate pairs with {@code exchange}: {@code <exchange>.dlx}. */
    public static String deadLetterExchangeOf(String exchange) {
        return exchange + ".dlx";
    }

    /** The dead-letter queue Telegate pairs with {@code commandsQueue}: {@code <commands queue>.dead}. */
    public static String deadLetterQueueOf(String commandsQueue) {
        return commandsQueue + ".dead";
    }

    public RabbitConfig withUrl(String value) {
        return new RabbitConfig(value, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withExchange(String value) {
        return new RabbitConfig(url, value, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withCommandsQueue(String value) {
        return new RabbitConfig(url, exchange, value, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withCommandsRoutingKey(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, value, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withEventsQueue(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, value, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withEventsRoutingKey(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, value,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withDeadLetterExchange(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                value, deadLetterQueue, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withDeadLetterQueue(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, value, prefetch, confirmTimeout, connectionName);
    }

    public RabbitConfig withPrefetch(int value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, value, confirmTimeout, connectionName);
    }

    public RabbitConfig withConfirmTimeout(Duration value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, value, connectionName);
    }

    public RabbitConfig withConnectionName(String value) {
        return new RabbitConfig(url, exchange, commandsQueue, commandsRoutingKey, eventsQueue, eventsRoutingKey,
                deadLetterExchange, deadLetterQueue, prefetch, confirmTimeout, value);
    }

    /** Shows every component, with the URL's password masked. */
    @Override
    public String toString() {
        return "RabbitConfig[url=" + RabbitUrl.masked(url) + ", exchange=" + exchange + ", commandsQueue="
                + commandsQueue + ", commandsRoutingKey=" + commandsRoutingKey + ", eventsQueue=" + eventsQueue
                + ", eventsRoutingKey=" + eventsRoutingKey + ", deadLetterExchange=" + deadLetterExchange
                + ", deadLetterQueue=" + deadLetterQueue + ", prefetch=" + prefetch + ", confirmTimeout="
                + confirmTimeout + ", connectionName=" + connectionName + "]";
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException(what + " must be at most 255 bytes in UTF-8");
        }
    }
}
