package io.telegate.ports.out;

import java.time.Duration;
import java.util.Objects;

/** Telegram asked this session to wait before its next request (FLOOD_WAIT_X). */
public final class FloodWaitException extends TransientFailure {

    private final Duration wait;

    public FloodWaitException(Duration wait) {
        super("flood wait: Telegram asks to wait " + wait.toSeconds() + " s");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** How long Telegram asked to wait. */
    public Duration waitDuration() {
        return wait;
    }
}
