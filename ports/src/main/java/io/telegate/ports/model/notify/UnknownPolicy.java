package io.telegate.ports.model.notify;

/**
 * What to do when a send may or may not have reached Telegram (the connection broke mid-request, or the worker
 * died while sending): no Bot API call can tell afterwards whether the message arrived.
 */
public enum UnknownPolicy {
    /** Never resend: the task becomes {@code UNKNOWN} for a person to check. No duplicate, ever (the default). */
    SURFACE,
    /** Resend: the message arrives at least once, possibly twice. */
    RESEND
}
