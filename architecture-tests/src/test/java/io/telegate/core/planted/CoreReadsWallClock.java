package io.telegate.core.planted;

import java.time.Instant;

/** Planted violation: the core asks the system for the time. */
public final class CoreReadsWallClock {
    public Instant stamp() {
        return Instant.now();
    }
}
