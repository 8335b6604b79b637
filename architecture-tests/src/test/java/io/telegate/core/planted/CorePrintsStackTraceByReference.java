package io.telegate.core.planted;

import java.util.function.Consumer;

/** Planted violation: the core prints stack traces through a method reference. */
public final class CorePrintsStackTraceByReference {
    public Consumer<Throwable> onFailure() {
        return Throwable::printStackTrace;
    }
}
