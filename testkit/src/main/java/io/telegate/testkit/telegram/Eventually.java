package io.telegate.testkit.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous to become true, failing with a description when it does not in time. */
final class Eventually {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    static void holds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
