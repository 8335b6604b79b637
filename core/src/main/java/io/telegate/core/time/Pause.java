package io.telegate.core.time;

import java.time.Duration;

/** Waits; production sleeps the thread, tests advance a clock instead, so no test waits for real. */
@FunctionalInterface
public interface Pause {

    /** Blocks for {@code duration}, or less when interrupted. */
    void pause(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Pause sleeping() {
        return Thread::sleep;
    }
}
