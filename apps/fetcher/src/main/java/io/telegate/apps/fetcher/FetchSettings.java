package io.telegate.apps.fetcher;

import io.telegate.core.fetch.FetchPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * What the fetch worker needs besides its ports.
 *
 * @param policy      concurrency, FloodWait cap, retries
 * @param pollTimeout how long one take waits for a command (BLPOP_TIMEOUT_SECONDS)
 * @param workerId    this process's name in leases and in the Redis processing list (FETCHER_ID)
 */
public record FetchSettings(FetchPolicy policy, Duration pollTimeout, String workerId) {

    public FetchSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(workerId, "workerId");
    }
}
