package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Publishes on one channel in confirm mode and returns only once the broker confirmed the message and routed
 * it to a queue.
 *
 * <p>A channel is not safe for concurrent publishing, so a lock serialises the publishes themselves; the wait
 * for the confirm happens outside the lock, so many threads can have messages in flight at once and throughput
 * is not bound by one confirm round trip. Each thread still waits for its own confirm before it publishes again,
 * which keeps every thread's messages in order. Messages are published as mandatory, tagged with their publish
 * sequence number: one the broker cannot route (a queue was deleted) comes back and fails as transient instead
 * of vanishing. A nack, a confirm timeout or a closed channel fails what is waiting; the next publish opens a new
 * channel. Thread-safe.
 */
final class ConfirmedPublisher {

    /** The header carrying a message's publish sequence number, to match a returned message to its publish. */
    static final String SEQUENCE_HEADER = "x-telegate-publish-seq";

    private final Supplier<Connection> connection;
    private final long confirmTimeoutMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private Channel channel;
    private PendingConfirms pending;

    /** {@code connection} supplies the open connection or throws {@link TransientFailure}. */
    ConfirmedPublisher(Supplier<Connection> connection, Duration confirmTimeout) {
        this.connection = connection;
        this.confirmTimeoutMillis = confirmTimeout.toMillis();
    }

    /** Publishes {@code body} and waits for its confirm; {@code operation} names it in failures. */
    void publish(String operation, String exchange, String routingKey, AMQP.BasicProperties properties,
                 byte[] body) {
        CompletableFuture<Void> confirmed;
        lock.lock();
        try {
            Channel open = channel();
            long sequence = open.getNextPublishSeqNo();
            confirmed = pending.expect(sequence, operation);
            try {
                open.basicPublish(exchange, routingKey, true, tagged(properties, sequence), body);
            } catch (IOException | RuntimeException failure) {
                pending.forget(sequence);
                throw failure;
            }
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate(operation, failure);
        } finally {
            lock.unlock();
        }
        await(operation, confirmed);
    }

    private void await(String operation, CompletableFuture<Void> confirmed) {
        try {
            confirmed.get(confirmTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw RabbitFailures.translate(operation, failed.getCause());
        } catch (TimeoutException | InterruptedException failure) {
            confirmed.cancel(false);
            throw RabbitFailures.translate(operation, failure);
        }
    }

    private static AMQP.BasicProperties tagged(AMQP.BasicProperties properties, long sequence) {
        Map<String, Object> headers = new HashMap<>();
        if (properties.getHeaders() != null) {
            headers.putAll(properties.getHeaders());
        }
        headers.put(SEQUENCE_HEADER, sequence);
        return properties.builder().headers(headers).build();
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
            PendingConfirms confirms = new PendingConfirms();
            fresh.addConfirmListener(confirms::acked, confirms::nacked);
            fresh.addReturnListener(confirms::returned);
            fresh.addShutdownListener(confirms::closed);
            pending = confirms;
            channel = fresh;
        }
        return channel;
    }
}
