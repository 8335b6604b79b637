package io.telegate.bench;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** An {@link EventPublisher} that counts the final-state events of the notifier and lets the bench wait for all. */
final class FinishedTasks implements EventPublisher {

    private final CountDownLatch remaining;
    private final AtomicLong delivered = new AtomicLong();

    FinishedTasks(int expected) {
        this.remaining = new CountDownLatch(expected);
    }

    @Override
    public void publish(OutboundEvent event) {
        if ("delivered".equals(event.type())) {
            delivered.incrementAndGet();
        }
        remaining.countDown();
    }

    /** Waits until every expected task reached a final state; false when {@code timeout} passed first. */
    boolean await(Duration timeout) throws InterruptedException {
        return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long finished(long expected) {
        return expected - remaining.getCount();
    }

    long delivered() {
        return delivered.get();
    }
}
