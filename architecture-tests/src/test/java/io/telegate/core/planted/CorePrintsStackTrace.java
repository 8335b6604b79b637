package io.telegate.core.planted;

/** Planted violation: the core prints a stack trace. */
public final class CorePrintsStackTrace {
    public void attempt(Runnable work) {
        try {
            work.run();
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
    }
}
