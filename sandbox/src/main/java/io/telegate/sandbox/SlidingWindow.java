package io.telegate.sandbox;

import java.util.ArrayDeque;

/** At most {@code max} events in any window of {@code windowMillis}; not thread-safe. */
final class SlidingWindow {

    private final ArrayDeque<Long> stamps = new ArrayDeque<>();

    /** Milliseconds until one more event fits at {@code now} under {@code max} per {@code windowMillis} (0: now). */
    long waitMillis(long now, int max, long windowMillis) {
        prune(now, windowMillis);
        if (stamps.size() < max) {
            return 0;
        }
        long oldestThatMustLeave = stamps.stream().skip(stamps.size() - max).findFirst().orElseThrow();
        return oldestThatMustLeave + windowMillis - now;
    }

    void record(long now) {
        stamps.addLast(now);
    }

    boolean idle(long now, long windowMillis) {
        prune(now, windowMillis);
        return stamps.isEmpty();
    }

    private void prune(long now, long windowMillis) {
        while (!stamps.isEmpty() && stamps.peekFirst() + windowMillis <= now) {
            stamps.removeFirst();
        }
    }
}
