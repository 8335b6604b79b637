package io.telegate.testkit.messaging;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An {@link EventPublisher} that records every event in publication order, tells listeners synchronously and
 * can be told to fail the next publishes with {@link TransientFailure}; a failed publish records nothing.
 */
public final class InMemoryEventPublisher implements EventPublisher {

    private final List<OutboundEvent> published = new ArrayList<>();
    private final List<Consumer<OutboundEvent>> listeners = new CopyOnWriteArrayList<>();
    private int failuresLeft;

    /** Records the event, then hands it to each listener on the calling thread; a listener's exception propagates. */
    @Override
    public synchronized void publish(OutboundEvent event) {
        Objects.requireNonNull(event, "event");
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new TransientFailure("event transport unavailable (simulated failure)");
        }
        published.add(event);
        notifyAll();
        listeners.forEach(listener -> listener.accept(event));
    }

    /** Every event published so far, oldest first. */
    public synchronized List<OutboundEvent> published() {
        return List.copyOf(published);
    }

    /** The events of one {@code type} published so far, oldest first. */
    public synchronized List<OutboundEvent> published(String type) {
        Objects.requireNonNull(type, "type");
        return published.stream().filter(event -> event.type().equals(type)).toList();
    }

    /** Makes the next {@code times} publishes throw {@link TransientFailure}; zero stops failing. */
    public synchronized void failNext(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative, got " + times);
        }
        failuresLeft = times;
    }

    /** Calls {@code listener} with each event published from now on, until the subscription is closed. */
    public Subscription subscribe(Consumer<OutboundEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        // A wrapper of its own, so that closing removes this subscription even when a listener is added twice.
        Consumer<OutboundEvent> registered = new Consumer<>() {
            @Override
            public void accept(OutboundEvent event) {
                listener.accept(event);
            }
        };
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    /**
     * Waits until at least {@code count} events were published and returns all of them, oldest first.
     *
     * @throws AssertionError when fewer arrived within {@code timeout}, or the wait was interrupted
     */
    public synchronized List<OutboundEvent> awaitPublished(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (published.size() < count) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new AssertionError("expected at least " + count + " published events within " + timeout
                        + " but got " + published.size() + ": " + published);
            }
            try {
                wait(remainingMillis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for published events", interrupted);
            }
        }
        return List.copyOf(published);
    }

    /** Forgets the events published so far (listeners and pending failures stay). */
    public synchronized void clear() {
        published.clear();
    }
}
