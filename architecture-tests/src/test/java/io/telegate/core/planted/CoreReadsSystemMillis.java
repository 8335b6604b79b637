package io.telegate.core.planted;

/** Planted violation: the core reads System.currentTimeMillis(). */
public final class CoreReadsSystemMillis {
    public long millis() {
        return System.currentTimeMillis();
    }
}
