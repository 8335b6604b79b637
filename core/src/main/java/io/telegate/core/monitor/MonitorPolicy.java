package io.telegate.core.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * How the monitor works its chats: reconnects, failover, quiet probes, leases and retries.
 *
 * @param retryDelay           pause between connection attempts of a session (FAILOVER_RETRY_DELAY_SECONDS)
 * @param reconnectAttempts    connection attempts before a session counts as lost for a chat with
 *                             {@code CONNECTION_LOST} (MAX_RECONNECT_ATTEMPTS)
 * @param quietProbeAfter      a chat with no message for this long is probed with a history peek, so a stalled
 *                             update stream is caught
 * @param leaseTtl             how long this process owns a chat or a session without renewing
 * @param pageSize             messages per history request when filling a gap (1..100)
 * @param publishBackoffBase   first wait after a failed publish; doubles per attempt
 * @param publishBackoffMax    the wait between publish attempts never exceeds this
 * @param floodWaitCap         a FloodWait longer than this fails a join instead of being waited out
 */
public record MonitorPolicy(Duration retryDelay, int reconnectAttempts, Duration quietProbeAfter, Duration leaseTtl,
                            int pageSize, Duration publishBackoffBase, Duration publishBackoffMax,
                            Duration floodWaitCap) {

    public MonitorPolicy {
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(quietProbeAfter, "quietProbeAfter");
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        Objects.requireNonNull(publishBackoffBase, "publishBackoffBase");
        Objects.requireNonNull(publishBackoffMax, "publishBackoffMax");
        Objects.requireNonNull(floodWaitCap, "floodWaitCap");
        if (reconnectAttempts < 1 || pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("reconnectAttempts must be >= 1 and pageSize 1..100");
        }
        if (leaseTtl.isZero() || leaseTtl.isNegative() || quietProbeAfter.isZero() || quietProbeAfter.isNegative()) {
            throw new IllegalArgumentException("leaseTtl and quietProbeAfter must be positive");
        }
    }

    /** Seed 000's defaults (5 s between 3 attempts), a 5 minute quiet probe and 30 s leases. */
    public static MonitorPolicy defaults() {
        return new MonitorPolicy(Duration.ofSeconds(5), 3, Duration.ofMinutes(5), Duration.ofSeconds(30), 100,
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** The wait before publish attempt {@code attempt + 1} (1-based): base * 2^(attempt-1), capped. */
    public Duration publishBackoff(int attempt) {
        Duration wait = publishBackoffBase.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(publishBackoffMax) > 0 ? publishBackoffMax : wait;
    }

    /** How often the owner renews its leases, scans for orphaned chats and probes quiet ones: a third of the TTL. */
    public Duration tickInterval() {
        return leaseTtl.dividedBy(3);
    }

    public MonitorPolicy withRetry(Duration delay, int attempts) {
        return new MonitorPolicy(delay, attempts, quietProbeAfter, leaseTtl, pageSize, publishBackoffBase,
                publishBackoffMax, floodWaitCap);
    }

    public MonitorPolicy withQuietProbeAfter(Duration quiet) {
        return new MonitorPolicy(retryDelay, reconnectAttempts, quiet, leaseTtl, pageSize, publishBackoffBase,
                publishBackoffMax, floodWaitCap);
    }

    public MonitorPolicy withLeaseTtl(Duration ttl) {
        return new MonitorPolicy(retryDelay, reconnectAttempts, quietProbeAfter, ttl, pageSize, publishBackoffBase,
                publishBackoffMax, floodWaitCap);
    }

    public MonitorPolicy withPageSize(int size) {
        return new MonitorPolicy(retryDelay, reconnectAttempts, quietProbeAfter, leaseTtl, size, publishBackoffBase,
                publishBackoffMax, floodWaitCap);
    }
}
