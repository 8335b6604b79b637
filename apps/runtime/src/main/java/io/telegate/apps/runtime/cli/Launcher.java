package io.telegate.apps.runtime.cli;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common shape of an app's {@code main}: read configuration or exit with status 2, then start the lifecycle,
 * report, and wait until SIGTERM/SIGINT has stopped it.
 */
public final class Launcher {

    /** Exit status for a configuration error. */
    public static final int CONFIG_ERROR = 2;
    /** Exit status for a service that could not start. */
    public static final int START_FAILURE = 1;

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    /** Runs {@code parse}; on a {@link ConfigException} prints its one line to stderr and exits with status 2. */
    public static <C> C configOrExit(Supplier<C> parse) {
        try {
            return parse.get();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(CONFIG_ERROR);
            throw e;
        }
    }

    /**
     * Installs the shutdown hook, starts {@code lifecycle}, runs {@code onStarted} (unless a signal came during the
     * start) and blocks until stopped; exits with status 1 when a service cannot start.
     */
    public static void runUntilStopped(Lifecycle lifecycle, Runnable onStarted) {
        lifecycle.installShutdownHook();
        try {
            lifecycle.start();
        } catch (RuntimeException e) {
            log.error("not started: {}", e.getMessage());
            System.exit(START_FAILURE);
        }
        if (!lifecycle.isStopping()) {
            onStarted.run();
        }
        try {
            lifecycle.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
