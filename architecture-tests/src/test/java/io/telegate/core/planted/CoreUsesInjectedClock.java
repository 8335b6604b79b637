package io.telegate.core.planted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Allowed: the core reads time from an injected clock. */
public final class CoreUsesInjectedClock {
    private final Clock clock;

    public CoreUsesInjectedClock(Clock clock) {
        this.clock = clock;
    }

    public Instant stamp() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
