package io.telegate.apps.monitor;

import io.telegate.core.monitor.MonitorPolicy;
import io.telegate.core.vault.SealingKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * What the monitor needs besides its ports.
 *
 * @param policy      failover, reconnect, quiet-probe and lease rules
 * @param pollTimeout how long one take from the command queue waits (MONITOR_POLL_TIMEOUT_SECONDS)
 * @param monitorId   this process's name in leases and in the Redis processing list (MONITOR_ID); unique among
 *                    live monitor processes and the same across restarts of one instance
 * @param keys        the keys that seal stored sessions (SESSION_ENCRYPTION_KEY)
 */
public record MonitorSettings(MonitorPolicy policy, Duration pollTimeout, String monitorId, SealingKeys keys) {

    public MonitorSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(keys, "keys");
    }

    /**
     * Settings for a monitor embedded in another app with in-memory state (the demo): seed 000's defaults, a
     * one-second poll, and a random key of this run, since nothing sealed outlives the process.
     */
    public static MonitorSettings embedded(String monitorId) {
        return new MonitorSettings(MonitorPolicy.defaults(), Duration.ofSeconds(1), monitorId, runKeys());
    }

    /** A random key for this run only: for state that lives in memory and dies with the process. */
    static SealingKeys runKeys() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return SealingKeys.parse("run:" + Base64.getEncoder().encodeToString(key));
    }
}
