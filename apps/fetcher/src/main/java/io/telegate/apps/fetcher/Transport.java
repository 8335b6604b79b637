package io.telegate.apps.fetcher;

/** Where fetch commands come from and events go: Redis (seed 002's list and channel) or in-process memory. */
public enum Transport {
    REDIS,
    MEMORY
}
