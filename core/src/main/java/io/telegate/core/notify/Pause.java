package io.telegate.core.notify;

import java.time.Duration;

/** Waits between polls of the delivery worker; production sleeps the thread, tests advance a clock instead. */
@FunctionalInterface
public interface Pause {

    /** Blocks for {@code duration}, or less when interrupted. */
    void pause(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Pause sleeping() {
        return Thread::sleep;
    }
}
