package io.telegate.core.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher works a command: parallelism, rate-limit and retry rules, event rate, leases.
 *
 * @param concurrency      at most this many days in parallel (FETCH_CONCURRENCY) for per_day commands
 * @param floodWaitCap     a FloodWait longer than this fails the day instead of sleeping
 * @param floodWaitJitter  up to this much is added to each FloodWait sleep
 * @param networkAttempts  attempts per request on network errors before the day fails
 * @param backoffBase      first backoff after a network error; doubles per attempt
 * @param backoffMax       backoff never exceeds this
 * @param progressInterval at most one routine {@code progress} event per interval
 * @param leaseTtl         how long a process owns a chat-day without renewing
 * @param pageSize         messages per history request (1..100)
 * @param flushEvery       write what a day has gathered after this many messages, so a crash loses little
 */
public record FetchPolicy(int concurrency, Duration floodWaitCap, Duration floodWaitJitter, int networkAttempts,
                          Duration backoffBase, Duration backoffMax, Duration progressInterval, Duration leaseTtl,
                          int pageSize, int flushEvery) {

    public FetchPolicy {
        if (concurrency < 1 || networkAttempts < 1 || pageSize < 1 || pageSize > 100 || flushEvery < 1) {
            throw new IllegalArgumentException("concurrency, networkAttempts, flushEvery >= 1 and pageSize 1..100");
        }
        Objects.requireNonNull(floodWaitCap, "floodWaitCap");
        Objects.requireNonNull(floodWaitJitter, "floodWaitJitter");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(leaseTtl, "leaseTtl");
    }

    /** Sensible production defaults. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(4, Duration.ofMinutes(5), Duration.ofSeconds(2), 5, Duration.ofMillis(500),
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(2), 100, 5_000);
    }

    /** The backoff before retry number {@code attempt} (1-based): base * 2^(attempt-1), capped. */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = backoffBase.multipliedBy(factor);
        return d.compareTo(backoffMax) > 0 ? backoffMax : d;
    }

    public FetchPolicy withConcurrency(int n) {
        return new FetchPolicy(n, floodWaitCap, floodWaitJitter, networkAttempts, backoffBase, backoffMax,
                progressInterval, leaseTtl, pageSize, flushEvery);
    }

    public FetchPolicy withFloodWaitCap(Duration cap) {
        return new FetchPolicy(concurrency, cap, floodWaitJitter, networkAttempts, backoffBase, backoffMax,
                progressInterval, leaseTtl, pageSize, flushEvery);
    }

    public FetchPolicy withNetworkAttempts(int n) {
        return new FetchPolicy(concurrency, floodWaitCap, floodWaitJitter, n, backoffBase, backoffMax,
                progressInterval, leaseTtl, pageSize, flushEvery);
    }

    public FetchPolicy withFlushEvery(int n) {
        return new FetchPolicy(concurrency, floodWaitCap, floodWaitJitter, networkAttempts, backoffBase, backoffMax,
                progressInterval, leaseTtl, pageSize, n);
    }
}
