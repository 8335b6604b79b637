package io.telegate.core.notify;

import java.util.ArrayDeque;

/** At most {@code max} events in any window of {@code windowMillis} milliseconds; not thread-safe. */
final class SlidingWindow {

    private final int max;
    private final long windowMillis;
    private final ArrayDeque<Long> stamps = new ArrayDeque<>();

    SlidingWindow(int max, long windowMillis) {
        this.max = max;
        this.windowMillis = windowMillis;
    }

    /** Milliseconds until one more event fits at {@code now}; 0 when it fits now. */
    long waitMillis(long now) {
        prune(now);
        if (stamps.size() < max) {
            return 0;
        }
        long oldestThatMustLeave = stamps.stream().skip(stamps.size() - max).findFirst().orElseThrow();
        return oldestThatMustLeave + windowMillis - now;
    }

    void record(long now) {
        stamps.addLast(now);
    }

    boolean idle(long now) {
        prune(now);
        return stamps.isEmpty();
    }

    private void prune(long now) {
        while (!stamps.isEmpty() && stamps.peekFirst() + windowMillis <= now) {
            stamps.removeFirst();
        }
    }
}
