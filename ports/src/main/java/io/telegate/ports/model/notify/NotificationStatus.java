package io.telegate.ports.model.notify;

/**
 * Where a notification is in its life. The allowed transitions are the core's {@code NotificationTask} rules.
 */
public enum NotificationStatus {
    /** Accepted and waiting for its time and its turn. */
    PENDING,
    /** Claimed by a worker that may be talking to Telegram right now. */
    SENDING,
    /** Telegram confirmed every part. Final. */
    DELIVERED,
    /** Given up: a permanent error, or transient errors past the retry limit. Final until re-driven. */
    FAILED,
    /** Cancelled before it was sent. Final. */
    CANCELLED,
    /** A send may or may not have reached Telegram (the worker died or the connection broke mid-request). */
    UNKNOWN;

    /** True for the states nothing moves out of on its own. */
    public boolean isFinal() {
        return this == DELIVERED || this == FAILED || this == CANCELLED || this == UNKNOWN;
    }
}
