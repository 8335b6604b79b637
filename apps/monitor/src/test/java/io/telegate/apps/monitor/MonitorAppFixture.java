package io.telegate.apps.monitor;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Bounded polling for the app tests: waits for a condition, never for a fixed time. */
final class MonitorAppFixture {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private MonitorAppFixture() {
    }

    static void awaitUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
