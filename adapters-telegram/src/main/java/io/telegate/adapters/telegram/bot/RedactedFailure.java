package io.telegate.adapters.telegram.bot;

/**
 * Stands in for a vendor exception in a cause chain: its class name and redacted message as the message, its
 * stack trace, and its redacted cause.
 */
final class RedactedFailure extends Exception {

    RedactedFailure(String text, StackTraceElement[] stackTrace, Throwable cause) {
        super(text, cause, false, true);
        setStackTrace(stackTrace);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
