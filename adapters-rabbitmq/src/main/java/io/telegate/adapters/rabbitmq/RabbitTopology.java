package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares what a {@link RabbitConfig} names, idempotently: the direct exchange and the dead-letter exchange
 * (durable), the commands, events and dead-letter queues (durable, no arguments), and their bindings.
 *
 * <p>An entity that already exists with other properties (a queue declared with arguments by someone else, an
 * exchange of another type) makes the broker answer {@code PRECONDITION_FAILED}; it is then used as it is, with
 * a warning, so Telegate starts against any broker the existing services set up. Each declaration runs on a
 * channel of its own, because a failed declaration closes its channel.
 */
final class RabbitTopology {

    private static final Logger log = LoggerFactory.getLogger(RabbitTopology.class);

    private RabbitTopology() {
    }

    /** Declares everything; throws a {@link io.telegate.ports.out.TelegateException} when the broker refuses. */
    static void declare(Connection connection, RabbitConfig config) {
        exchange(connection, config.exchange());
        exchange(connection, config.deadLetterExchange());
        queue(connection, config.commandsQueue());
        queue(connection, config.eventsQueue());
        queue(connection, config.deadLetterQueue());
        bind(connection, config.commandsQueue(), config.exchange(), config.commandsRoutingKey());
        bind(connection, config.eventsQueue(), config.exchange(), config.eventsRoutingKey());
        // Bound with the commands key, the key a command keeps when the broker itself dead-letters it.
        bind(connection, config.deadLetterQueue(), config.deadLetterExchange(), config.commandsRoutingKey());
        log.debug("RabbitMQ topology declared: exchange {} -> {} ({}), {} ({}); dead letters {} -> {}",
                config.exchange(), config.commandsQueue(), config.commandsRoutingKey(), config.eventsQueue(),
                config.eventsRoutingKey(), config.deadLetterExchange(), config.deadLetterQueue());
    }

    private static void exchange(Connection connection, String name) {
        declare(connection, "exchange " + name,
                channel -> channel.exchangeDeclare(name, BuiltinExchangeType.DIRECT, true, false, Map.of()));
    }

    private static void queue(Connection connection, String name) {
        declare(connection, "queue " + name, channel -> channel.queueDeclare(name, true, false, false, Map.of()));
    }

    private static void bind(Connection connection, String queue, String exchange, String routingKey) {
        declare(connection, "binding " + exchange + " -> " + queue,
                channel -> channel.queueBind(queue, exchange, routingKey));
    }

    private static void declare(Connection connection, String what, Declaration declaration) {
        Channel channel = null;
        try {
            channel = RabbitChannels.open(connection);
            declaration.run(channel);
        } catch (IOException | RuntimeException failure) {
            if (RabbitFailures.replyCode(failure) != AMQP.PRECONDITION_FAILED) {
                throw RabbitFailures.translate("declare " + what, failure);
            }
            log.warn("RabbitMQ {} already exists with other properties; using it as it is ({})", what,
                    RabbitFailures.translate("declare " + what, failure).getMessage());
        } finally {
            RabbitChannels.closeQuietly(channel);
        }
    }

    @FunctionalInterface
    private interface Declaration {
        void run(Channel channel) throws IOException;
    }
}
