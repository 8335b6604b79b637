package io.telegate.adapters.redis;

import java.time.Duration;
import java.util.Objects;

/** Time-to-lives as Redis takes them: positive whole milliseconds. */
final class Ttl {

    /** Longer time-to-lives are cut to this, far below what would overflow Redis' expiry arithmetic. */
    private static final Duration LONGEST = Duration.ofDays(365L * 100);

    private Ttl() {
    }

    /** {@code ttl} in milliseconds, rounded up; a zero or negative one is rejected. */
    static long millis(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("a time-to-live must be positive, got " + ttl);
        }
        Duration capped = ttl.compareTo(LONGEST) > 0 ? LONGEST : ttl;
        long millis = capped.toMillis();
        return capped.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
    }
}
