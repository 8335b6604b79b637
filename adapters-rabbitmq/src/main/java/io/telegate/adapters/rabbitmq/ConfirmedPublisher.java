package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Publishes on one channel in confirm mode, one message at a time, and returns only once the broker confirmed
 * the message and routed it to a queue.
 *
 * <p>A channel is not safe for concurrent publishing, so a lock serialises publishes; each waits for its confirm
 * before the next starts, which keeps every thread's messages in order. Messages are published as mandatory: one
 * the broker cannot route (a queue was deleted) comes back and fails as transient instead of vanishing. After a
 * nack or a confirm timeout the client closes the channel; the next publish opens a new one. Thread-safe.
 */
final class ConfirmedPublisher {

    private final Supplier<Connection> connection;
    private final long confirmTimeoutMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private Channel channel;
    private volatile String returnedBecause;

    /** {@code connection} supplies the open connection or throws {@link TransientFailure}. */
    ConfirmedPublisher(Supplier<Connection> connection, Duration confirmTimeout) {
        this.connection = connection;
        this.confirmTimeoutMillis = confirmTimeout.toMillis();
    }

    /** Publishes {@code body} and waits for its confirm; {@code operation} names it in failures. */
    void publish(String operation, String exchange, String routingKey, AMQP.BasicProperties properties,
                 byte[] body) {
        lock.lock();
        try {
            Channel open = channel();
            returnedBecause = null;
            open.basicPublish(exchange, routingKey, true, properties, body);
            open.waitForConfirmsOrDie(confirmTimeoutMillis);
            // A return arrives before the confirm of its message, on the same connection thread.
            String returned = returnedBecause;
            if (returned != null) {
                throw new TransientFailure("RabbitMQ " + operation + " failed: the broker could not route it to "
                        + "any queue (" + returned + ")");
            }
        } catch (IOException | TimeoutException | InterruptedException | RuntimeException failure) {
            throw RabbitFailures.translate(operation, failure);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the channel; a later publish opens another. */
    void close() {
        lock.lock();
        try {
            RabbitChannels.closeQuietly(channel);
            channel = null;
        } finally {
            lock.unlock();
        }
    }

    private Channel channel() throws IOException {
        Connection open = connection.get();
        if (channel == null || !channel.isOpen()) {
            // The connection is up, so this channel did not wait for recovery: the broker or a nack closed it.
            RabbitChannels.closeQuietly(channel);
            channel = null;
            Channel fresh = RabbitChannels.open(open);
            fresh.confirmSelect();
            fresh.addReturnListener(returned ->
                    returnedBecause = returned.getReplyCode() + " " + returned.getReplyText());
            channel = fresh;
        }
        return channel;
    }
}
