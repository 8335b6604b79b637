package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Consumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * A consumer that waits for a single delivery, registered for one take on a channel whose prefetch is one.
 *
 * <p>The client calls a consumer's methods in the order the broker sent them, so once {@link #awaitEnd} saw the
 * cancel confirmed, any delivery sent before the cancel has been handed to this consumer already. A delivery
 * after {@link #finish()} (possible only when the cancel could not be confirmed) or a second one (possible only
 * after a connection recovery re-subscribed the consumer) goes straight back to the queue.
 */
final class OneShotConsumer implements Consumer {

    private final Channel channel;
    private final LongSupplier generation;
    private final CompletableFuture<Received> delivery = new CompletableFuture<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    OneShotConsumer(Channel channel, LongSupplier generation) {
        this.channel = channel;
        this.generation = generation;
    }

    /** Waits until the delivery came or {@code timeout} passed; an interrupt ends the wait and stays set. */
    void awaitDelivery(Duration timeout) {
        try {
            delivery.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException nothingCame) {
            // The caller cancels and then looks at what arrived in the meantime.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    /** Waits until the broker confirmed the cancel (or cancelled the consumer itself); false when it did not. */
    boolean awaitEnd(Duration patience) {
        try {
            return ended.await(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops taking deliveries and returns the one that came, or null; any later one goes back to the queue. */
    Received finish() {
        delivery.complete(null);
        return delivery.join();
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                               byte[] body) {
        Received received = new Received(channel, generation.getAsLong(), envelope.getDeliveryTag(),
                envelope.isRedeliver(), properties, body);
        if (!delivery.complete(received)) {
            giveBack(consumerTag, envelope.getDeliveryTag());
        }
    }

    /** Unsubscribes first, so the broker cannot hand the returned message straight back to this consumer. */
    private void giveBack(String consumerTag, long deliveryTag) {
        try {
            channel.basicCancel(consumerTag);
        } catch (IOException | RuntimeException alreadyCancelled) {
            // Cancelled already, or the channel is gone: either way no more deliveries come.
        }
        try {
            channel.basicNack(deliveryTag, false, true);
        } catch (IOException | RuntimeException closed) {
            // The channel is gone, and with it the delivery: the broker puts it back itself.
        }
    }

    @Override
    public void handleCancelOk(String consumerTag) {
        ended.countDown();
    }

    @Override
    public void handleCancel(String consumerTag) {
        ended.countDown();
    }

    @Override
    public void handleShutdownSignal(String consumerTag, ShutdownSignalException cause) {
        // Not the end: a connection recovery subscribes this consumer again, and the take keeps waiting.
    }

    @Override
    public void handleConsumeOk(String consumerTag) {
        // Nothing to do: basicConsume returns once the broker confirmed the subscription.
    }

    @Override
    public void handleRecoverOk(String consumerTag) {
        // Nothing to do: the consumer keeps waiting for its one delivery after a connection recovery.
    }
}
