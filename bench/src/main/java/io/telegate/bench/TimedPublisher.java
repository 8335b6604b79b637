package io.telegate.bench;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Wraps a publisher and notes when each event was confirmed (the publish call returned). */
final class TimedPublisher implements EventPublisher {

    /** One confirmed event and the instant ({@link System#nanoTime()}) of its confirm. */
    record Confirmed(OutboundEvent event, long confirmedAt) {
    }

    private final EventPublisher delegate;
    private final Queue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();

    TimedPublisher(EventPublisher delegate) {
        this.delegate = delegate;
    }

    @Override
    public void publish(OutboundEvent event) {
        delegate.publish(event);
        confirmed.add(new Confirmed(event, System.nanoTime()));
    }

    Queue<Confirmed> confirmed() {
        return confirmed;
    }
}
