package io.telegate.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A bot's pending updates in order, read either by {@code getUpdates} (long polling, confirmed by offset) or by its
 * webhook pump (confirmed one by one).
 */
final class UpdateFeed {

    private final Deque<BotUpdate> pending = new ArrayDeque<>();
    private long nextId = 1;

    synchronized BotUpdate publish(LongFunction<BotUpdate> update) {
        BotUpdate made = update.apply(nextId++);
        pending.addLast(made);
        notifyAll();
        return made;
    }

    /**
     * Confirms every update below {@code offset} (a negative offset keeps only the last {@code -offset}), then
     * waits up to {@code timeout} for one and returns at most {@code limit}.
     */
    synchronized List<BotUpdate> poll(long offset, int limit, Duration timeout) throws InterruptedException {
        confirm(offset);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty() && deadline - System.nanoTime() > 0) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            confirm(offset);
        }
        return pending.stream().limit(limit).toList();
    }

    /** Waits for the oldest pending update without removing it. */
    synchronized BotUpdate head() throws InterruptedException {
        while (pending.isEmpty()) {
            wait();
        }
        return pending.peekFirst();
    }

    synchronized void remove(BotUpdate update) {
        pending.remove(update);
    }

    synchronized void clear() {
        pending.clear();
    }

    synchronized int size() {
        return pending.size();
    }

    private void confirm(long offset) {
        if (offset < 0) {
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        } else {
            while (!pending.isEmpty() && pending.peekFirst().updateId() < offset) {
                pending.removeFirst();
            }
        }
    }
}
