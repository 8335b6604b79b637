package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel one {@link RabbitCommandQueue} consumes commands on, and how it takes them one at a time.
 *
 * <p>Each take subscribes a {@link OneShotConsumer} (the channel's prefetch is one per consumer), waits for its
 * delivery and cancels it, so the broker hands over exactly the commands that were asked for. A consumer with a
 * standing prefetch would be cheaper, but the broker marks every message it pushed to a consumer that died as
 * redelivered, including those still sitting unread in the local buffer; taking on demand keeps
 * {@code redelivered} true only for commands a consumer really took.
 *
 * <p>Settlements go to the channel the command came on. A delivery taken before that channel failed (the
 * connection broke, the broker restarted) is stale: the broker has put it back already and delivers it again, so
 * settling it does nothing. Thread-safe.
 */
final class CommandConsumer {

    private static final Logger log = LoggerFactory.getLogger(CommandConsumer.class);

    private final RabbitConnections connections;
    private final String queue;
    private final Duration patience;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong failures = new AtomicLong();
    private volatile Channel channel;

    CommandConsumer(RabbitConnections connections) {
        this.connections = connections;
        this.queue = connections.config().commandsQueue();
        this.patience = connections.config().confirmTimeout();
    }

    /** The next command, waiting up to {@code timeout}; throws {@link io.telegate.ports.out.TransientFailure}. */
    Optional<Received> takeOne(Duration timeout) {
        Channel open = channel();
        OneShotConsumer consumer = new OneShotConsumer(open, failures::get);
        String tag;
        try {
            tag = open.basicConsume(queue, false, consumer);
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate("consume from " + queue, failure);
        }
        consumer.awaitDelivery(timeout);
        try {
            open.basicCancel(tag);
            consumer.awaitEnd(patience);
        } catch (IOException | RuntimeException failure) {
            log.debug("Cancelling a consumer of {} failed: {}", queue, failure.getMessage());
        }
        Received received = consumer.finish();
        if (received != null && !isCurrent(received)) {
            log.info("A command taken from {} came on a channel that has failed since; the broker delivers it again",
                    queue);
            return Optional.empty();
        }
        return Optional.ofNullable(received);
    }

    /** True unless the channel {@code received} came on has failed since. */
    boolean isCurrent(Received received) {
        return received.channel() == channel && received.generation() == failures.get()
                && received.channel().isOpen();
    }

    /** Acknowledges {@code received}; never throws. */
    void ack(Received received) {
        settle(received, "acknowledge", open -> open.basicAck(received.deliveryTag(), false));
    }

    /** Gives {@code received} back to the queue, marked redelivered; never throws. */
    void requeue(Received received) {
        settle(received, "requeue", open -> open.basicNack(received.deliveryTag(), false, true));
    }

    private void settle(Received received, String what, Settlement settlement) {
        if (!isCurrent(received)) {
            log.info("Did not {} a command of {} taken before its channel failed; the broker delivers it again",
                    what, queue);
            return;
        }
        try {
            settlement.apply(received.channel());
        } catch (IOException | RuntimeException failure) {
            log.warn("Could not {} a command of {} ({}); the broker delivers it again once the channel closes",
                    what, queue, RabbitFailures.translate(what, failure).getMessage());
        }
    }

    private Channel channel() {
        Channel current = channel;
        if (current != null && current.isOpen()) {
            return current;
        }
        lock.lock();
        try {
            if (channel != null && channel.isOpen()) {
                return channel;
            }
            // Throws while the connection recovers, which reopens this channel by itself.
            Connection connection = connections.openConnection();
            // Open connection, closed channel: the broker closed it, and put back what it had delivered.
            RabbitChannels.closeQuietly(channel);
            Channel fresh = RabbitChannels.open(connection);
            fresh.basicQos(1);
            fresh.addShutdownListener(cause -> failures.incrementAndGet());
            channel = fresh;
            return fresh;
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate("open a channel to consume from " + queue, failure);
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    private interface Settlement {
        void apply(Channel channel) throws IOException;
    }
}
