package io.telegate.apps.fetcher;

import io.telegate.core.fetch.FetchPolicy;
import io.telegate.ports.model.fetch.FetchStrategy;
import java.time.Duration;
import java.util.Objects;

/**
 * What the fetch worker needs besides its ports.
 *
 * @param policy      concurrency, FloodWait cap, retries
 * @param pollTimeout how long one take waits for a command (BLPOP_TIMEOUT_SECONDS)
 * @param workerId    this process's name in leases and in the Redis processing list (FETCHER_ID)
 * @param defaultStrategy the strategy of commands that name none (FETCH_STRATEGY)
 */
public record FetchSettings(FetchPolicy policy, Duration pollTimeout, String workerId, FetchStrategy defaultStrategy) {

    public FetchSettings {
        Objects.requireNonNull(defaultStrategy, "defaultStrategy");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(workerId, "workerId");
    }
}
