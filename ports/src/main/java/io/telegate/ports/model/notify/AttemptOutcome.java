package io.telegate.ports.model.notify;

/** What one delivery attempt did to its task; the audit log keeps one per Bot API call. */
public enum AttemptOutcome {
    /** Telegram confirmed the part; the attempt carries the message id. */
    DELIVERED,
    /** Telegram answered 429; the task waits out {@code retry_after}. Not a failure. */
    RATE_LIMITED,
    /** The group had become a supergroup; the task follows it to the new chat id. Not a failure. */
    CHAT_MIGRATED,
    /** A transient failure; the task is retried after a backoff. */
    RETRYING,
    /** The task failed with this attempt: a permanent error, or the last transient one allowed. */
    FAILED,
    /** The request may or may not have reached Telegram, and the task was not resent. */
    UNKNOWN
}
