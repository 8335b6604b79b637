package io.telegate.core.fetch;

import java.util.Objects;

/** A day, or the whole command, cannot go on; carries the machine-readable error type for the event. */
final class FetchAborted extends RuntimeException {

    private final String error;
    private final boolean fatal;

    FetchAborted(String error, String reason, boolean fatal) {
        super(reason);
        this.error = Objects.requireNonNull(error, "error");
        this.fatal = fatal;
    }

    /** Fails the day only; the command goes on with its other days. */
    static FetchAborted day(String error, String reason) {
        return new FetchAborted(error, reason, false);
    }

    /** Fails the whole command at once (lost access, a fatal RPC error). */
    static FetchAborted command(String error, String reason) {
        return new FetchAborted(error, reason, true);
    }

    String error() {
        return error;
    }

    boolean fatal() {
        return fatal;
    }
}
