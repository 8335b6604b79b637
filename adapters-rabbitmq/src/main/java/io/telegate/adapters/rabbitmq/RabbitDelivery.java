package io.telegate.adapters.rabbitmq;

import io.telegate.ports.out.Delivery;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One command taken from a {@link RabbitCommandQueue}. The first settlement wins and a later one is ignored; a
 * dead-lettering whose copy the broker did not confirm throws and leaves the command unsettled, to be tried again.
 */
final class RabbitDelivery implements Delivery {

    private final RabbitCommandQueue queue;
    private final Received received;
    private final String payload;
    private final Runnable onSettled;
    private final AtomicBoolean settled = new AtomicBoolean();

    RabbitDelivery(RabbitCommandQueue queue, Received received, Runnable onSettled) {
        this.queue = queue;
        this.received = received;
        this.payload = new String(received.body(), StandardCharsets.UTF_8);
        this.onSettled = onSettled;
    }

    @Override
    public String payload() {
        return payload;
    }

    @Override
    public boolean redelivered() {
        return received.redelivered();
    }

    @Override
    public void ack() {
        settleOnce(() -> queue.ack(received));
    }

    @Override
    public void requeue() {
        settleOnce(() -> queue.requeue(received));
    }

    @Override
    public void deadLetter(String reason) {
        Objects.requireNonNull(reason, "reason");
        settleOnce(() -> queue.deadLetter(received, reason));
    }

    @Override
    public String toString() {
        return "RabbitDelivery[redelivered=" + received.redelivered() + ", settled=" + settled.get() + "]";
    }

    private void settleOnce(Runnable settlement) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        try {
            settlement.run();
        } catch (RuntimeException failed) {
            settled.set(false);
            throw failed;
        }
        onSettled.run();
    }
}
