package io.telegate.adapters.redis;

import io.telegate.ports.out.Delivery;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One command taken from a {@link RedisCommandQueue}. The first settlement that reaches Redis wins; a later one
 * is ignored. A settlement that failed (Redis unreachable) may be tried again.
 */
final class RedisDelivery implements Delivery {

    private final RedisCommandQueue queue;
    private final String payload;
    private final boolean redelivered;
    private final AtomicBoolean settled = new AtomicBoolean();

    RedisDelivery(RedisCommandQueue queue, String payload, boolean redelivered) {
        this.queue = queue;
        this.payload = payload;
        this.redelivered = redelivered;
    }

    @Override
    public String payload() {
        return payload;
    }

    @Override
    public boolean redelivered() {
        return redelivered;
    }

    @Override
    public void ack() {
        settleOnce(() -> queue.ack(payload));
    }

    @Override
    public void requeue() {
        settleOnce(() -> queue.requeue(payload));
    }

    @Override
    public void deadLetter(String reason) {
        Objects.requireNonNull(reason, "reason");
        settleOnce(() -> queue.deadLetter(payload, reason));
    }

    @Override
    public String toString() {
        return "RedisDelivery[redelivered=" + redelivered + ", settled=" + settled.get() + "]";
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
    }
}
