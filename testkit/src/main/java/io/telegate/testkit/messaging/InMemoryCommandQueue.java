package io.telegate.testkit.messaging;

import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TransientFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link CommandQueue} held in memory: one consumer's view of a {@link Broker} that several views may share.
 *
 * <p>Views made by {@link Broker#consumer(String)} with the same name are one consumer identity, which is how
 * tests simulate a crash: take with one view, drop it without settling, then call {@link #recover()} on a new
 * view with the same name. A requeued command goes to the tail.
 */
public final class InMemoryCommandQueue implements CommandQueue {

    private final Broker broker;
    private final String consumer;

    /** A queue of its own, seen by a consumer named {@code default}, dead letters stamped by the system clock. */
    public InMemoryCommandQueue() {
        this(Clock.systemUTC());
    }

    /** A queue of its own, seen by a consumer named {@code default}, dead letters stamped by {@code clock}. */
    public InMemoryCommandQueue(Clock clock) {
        this(new Broker(clock), "default");
    }

    private InMemoryCommandQueue(Broker broker, String consumer) {
        this.broker = broker;
        this.consumer = consumer;
    }

    /** The backing store this view shares with other consumers. */
    public Broker broker() {
        return broker;
    }

    /** This view's consumer identity. */
    public String consumer() {
        return consumer;
    }

    @Override
    public void submit(String payload) {
        broker.submit(payload);
    }

    /** Waits on a condition up to {@code timeout}; when interrupted it returns empty with the interrupt flag set. */
    @Override
    public Optional<Delivery> take(Duration timeout) {
        return broker.take(consumer, timeout);
    }

    @Override
    public int recover() {
        return broker.recover(consumer);
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return broker.deadLetters(limit);
    }

    /**
     * The shared backing store of one queue: waiting commands, deliveries in flight per consumer, dead letters.
     * Nested, at the cost of a longer file, so that tests name it as the queue's own {@code Broker}.
     */
    public static final class Broker {

        private record Waiting(String payload, boolean redelivered) {}

        private record InFlight(String consumer, Waiting command) {}

        private final Clock clock;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition commandWaiting = lock.newCondition();
        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private final Map<Long, InFlight> inFlight = new LinkedHashMap<>();
        private final Deque<DeadLetter> deadLetters = new ArrayDeque<>();
        private long lastTag;
        private int failingTakes;

        /** An empty queue whose dead letters are stamped by {@code clock}. */
        public Broker(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** A view for the consumer {@code name}; views with the same name share their deliveries in flight. */
        public InMemoryCommandQueue consumer(String name) {
            Objects.requireNonNull(name, "name");
            return new InMemoryCommandQueue(this, name);
        }

        /** The payloads waiting to be taken, head first. */
        public List<String> waiting() {
            return locked(() -> waiting.stream().map(Waiting::payload).toList());
        }

        /** How many deliveries, of all consumers, are taken and not settled. */
        public int inFlightCount() {
            return locked(inFlight::size);
        }

        /** Makes the next {@code times} takes, by any consumer, throw {@link TransientFailure} at once. */
        public void failNextTakes(int times) {
            if (times < 0) {
                throw new IllegalArgumentException("times must not be negative, got " + times);
            }
            locked(() -> failingTakes = times);
        }

        void submit(String payload) {
            Objects.requireNonNull(payload, "payload");
            locked(() -> {
                waiting.addLast(new Waiting(payload, false));
                commandWaiting.signal();
                return null;
            });
        }

        Optional<Delivery> take(String consumer, Duration timeout) {
            long nanos = nanosOf(timeout);
            lock.lock();
            try {
                if (failingTakes > 0) {
                    failingTakes--;
                    throw new TransientFailure("command queue unreachable (simulated failure)");
                }
                while (waiting.isEmpty()) {
                    if (nanos <= 0) {
                        return Optional.empty();
                    }
                    nanos = commandWaiting.awaitNanos(nanos);
                }
                Waiting command = waiting.removeFirst();
                long tag = ++lastTag;
                inFlight.put(tag, new InFlight(consumer, command));
                return Optional.of(new InMemoryDelivery(this, tag, command.payload(), command.redelivered()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                lock.unlock();
            }
        }

        int recover(String consumer) {
            return locked(() -> {
                List<Waiting> orphans = new ArrayList<>();
                Iterator<InFlight> deliveries = inFlight.values().iterator();
                while (deliveries.hasNext()) {
                    InFlight delivery = deliveries.next();
                    if (delivery.consumer().equals(consumer)) {
                        orphans.add(new Waiting(delivery.command().payload(), true));
                        deliveries.remove();
                    }
                }
                // Walk backwards so the orphans reach the head in the order they were first taken.
                for (int i = orphans.size() - 1; i >= 0; i--) {
                    waiting.addFirst(orphans.get(i));
                }
                commandWaiting.signalAll();
                return orphans.size();
            });
        }

        List<DeadLetter> deadLetters(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative, got " + limit);
            }
            return locked(() -> deadLetters.stream().limit(limit).toList());
        }

        void ack(long tag) {
            locked(() -> inFlight.remove(tag));
        }

        void requeue(long tag) {
            locked(() -> {
                InFlight delivery = inFlight.remove(tag);
                if (delivery != null) {
                    waiting.addLast(new Waiting(delivery.command().payload(), true));
                    commandWaiting.signal();
                }
                return null;
            });
        }

        void deadLetter(long tag, String reason) {
            Objects.requireNonNull(reason, "reason");
            locked(() -> {
                InFlight delivery = inFlight.remove(tag);
                if (delivery != null) {
                    deadLetters.addFirst(new DeadLetter(delivery.command().payload(), reason, clock.instant()));
                }
                return null;
            });
        }

        private <T> T locked(Supplier<T> action) {
            lock.lock();
            try {
                return action.get();
            } finally {
                lock.unlock();
            }
        }

        private static long nanosOf(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
            }
            try {
                return timeout.toNanos();
            } catch (ArithmeticException tooLong) {
                return TimeUnit.DAYS.toNanos(365L * 100);
            }
        }
    }
}
