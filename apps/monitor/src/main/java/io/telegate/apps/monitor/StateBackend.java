package io.telegate.apps.monitor;

/** Where the monitored chats and the leases live: Redis (shared by every monitor process) or this process's memory. */
public enum StateBackend {
    REDIS,
    MEMORY
}
