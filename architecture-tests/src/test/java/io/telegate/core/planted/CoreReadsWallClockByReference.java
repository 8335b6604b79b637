package io.telegate.core.planted;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Planted violation: the core reads the system clock through a method reference. */
public final class CoreReadsWallClockByReference {
    public Supplier<LocalDate> today() {
        return LocalDate::now;
    }
}
