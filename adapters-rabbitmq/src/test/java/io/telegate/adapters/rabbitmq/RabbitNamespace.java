package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Exchanges, queues and connections of one test on the shared RabbitMQ at 127.0.0.1:5672: every name starts with
 * a prefix of its own, so tests running at once never meet, and {@link #close()} deletes what the test declared.
 */
final class RabbitNamespace implements AutoCloseable {

    static final String URL = "amqp://guest:guest@127.0.0.1:5672/";

    private final String prefix = "it-rabbit-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private final List<RabbitConnections> opened = new ArrayList<>();
    private Connection raw;

    /** The seed 000 names, each under this test's prefix. */
    RabbitConfig config() {
        RabbitConfig seed = RabbitConfig.defaults(URL);
        return seed.withExchange(prefix + seed.exchange())
                .withCommandsQueue(prefix + seed.commandsQueue())
                .withEventsQueue(prefix + seed.eventsQueue())
                .withDeadLetterExchange(prefix + seed.deadLetterExchange())
                .withDeadLetterQueue(prefix + seed.deadLetterQueue())
                .withConnectionName("it " + prefix);
    }

    /** Connections on {@link #config()}, closed with this namespace. */
    RabbitConnections connections() {
        return connections(config());
    }

    /** Connections on any config of this namespace, closed with it. */
    synchronized RabbitConnections connections(RabbitConfig config) {
        RabbitConnections connections = new RabbitConnections(config);
        opened.add(connections);
        return connections;
    }

    /**
     * A fresh channel on a plain connection without recovery, for looking at the broker the way other programs do;
     * the caller closes it. A failed operation closes a channel, so take a new one for each check.
     */
    synchronized Channel raw() throws IOException, TimeoutException {
        if (raw == null || !raw.isOpen()) {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost("127.0.0.1");
            factory.setPort(5672);
            factory.setAutomaticRecoveryEnabled(false);
            raw = factory.newConnection("it raw " + prefix);
        }
        return raw.createChannel();
    }

    /** How many messages wait in {@code queue}, ready for delivery (unacknowledged ones not counted). */
    int ready(String queue) throws IOException, TimeoutException {
        try (Channel channel = raw()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    /** How many consumers are subscribed to {@code queue}. */
    int consumers(String queue) throws IOException, TimeoutException {
        try (Channel channel = raw()) {
            return channel.queueDeclarePassive(queue).getConsumerCount();
        }
    }

    /** Takes every message of {@code queue}, oldest first, acknowledging them. */
    List<GetResponse> drain(String queue) throws IOException, TimeoutException {
        List<GetResponse> messages = new ArrayList<>();
        try (Channel channel = raw()) {
            for (GetResponse next = channel.basicGet(queue, true); next != null; next = channel.basicGet(queue, true)) {
                messages.add(next);
            }
        }
        return messages;
    }

    /** The broker's reply code when {@code action} fails on a fresh raw channel, or 0 when it succeeds. */
    int replyCodeOf(ChannelAction action) throws IOException, TimeoutException {
        Channel channel = raw();
        try {
            action.run(channel);
            return 0;
        } catch (IOException failure) {
            return RabbitFailures.replyCode(failure);
        } finally {
            RabbitChannels.closeQuietly(channel);
        }
    }

    /** Something done on a raw channel. */
    @FunctionalInterface
    interface ChannelAction {
        void run(Channel channel) throws IOException;
    }

    @Override
    public synchronized void close() throws IOException, TimeoutException {
        opened.forEach(RabbitConnections::close);
        opened.clear();
        RabbitConfig config = config();
        for (String queue : List.of(config.commandsQueue(), config.eventsQueue(), config.deadLetterQueue())) {
            try (Channel channel = raw()) {
                channel.queueDelete(queue);
            }
        }
        for (String exchange : List.of(config.exchange(), config.deadLetterExchange())) {
            try (Channel channel = raw()) {
                channel.exchangeDelete(exchange);
            }
        }
        raw.close();
    }
}
