package io.telegate.core.commands;

import io.telegate.ports.out.CommandQueue;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop every command worker runs: recover what a previous run left in flight, then take one command at a
 * time until stopped or interrupted; an unexpected failure of one step is logged and the loop goes on a second
 * later.
 */
public final class CommandLoop {

    private static final Logger log = LoggerFactory.getLogger(CommandLoop.class);

    /** One turn of the loop: takes and handles at most one command, waiting up to the timeout for it. */
    @FunctionalInterface
    public interface Step {
        boolean runOnce(Duration pollTimeout) throws InterruptedException;
    }

    private final CommandQueue queue;
    private final String what;
    private volatile boolean stopping;

    /** {@code what} names the commands in logs ("fetch", "monitoring"). */
    public CommandLoop(CommandQueue queue, String what) {
        this.queue = queue;
        this.what = what;
    }

    /** Puts back commands a previous run of this consumer left unfinished; call once before taking. */
    public int recover() {
        int recovered = queue.recover();
        if (recovered > 0) {
            log.info("recovered {} unfinished {} command(s) from a previous run", recovered, what);
        }
        return recovered;
    }

    /** Runs {@code step} until {@link #stop()} or an interrupt. */
    public void run(Step step, Duration pollTimeout) {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                step.runOnce(pollTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("{} command loop error, retrying in 1 s: {}", what, e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** Stops taking new commands; the one in progress finishes unless the thread is interrupted. */
    public void stop() {
        stopping = true;
    }

    /** True once {@link #stop()} was called or the current thread is interrupted: hand work back, don't fail it. */
    public boolean shuttingDown() {
        return stopping || Thread.currentThread().isInterrupted();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
