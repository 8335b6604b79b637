package io.telegate.ports.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A command that could not be processed, kept with the reason instead of being lost.
 *
 * @param payload the command exactly as received
 * @param reason  why it was set aside
 * @param at      when
 */
public record DeadLetter(String payload, String reason, Instant at) {

    public DeadLetter {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
