package io.telegate.testkit.metrics;

import java.time.Duration;

/** How many durations a timer recorded, their total and the longest; thread-safe. */
final class TimerStats {

    private long count;
    private Duration total = Duration.ZERO;
    private Duration max = Duration.ZERO;

    synchronized void record(Duration duration) {
        count++;
        total = total.plus(duration);
        max = duration.compareTo(max) > 0 ? duration : max;
    }

    synchronized long count() {
        return count;
    }

    synchronized Duration total() {
        return total;
    }

    synchronized Duration max() {
        return max;
    }
}
