package io.telegate.core.planted;

/** Planted violation: the core prints to standard output. */
public final class CorePrintsToStdout {
    public void report(String line) {
        System.out.println(line);
    }
}
