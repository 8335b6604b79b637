package io.telegate.apps.fetcher;

import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.fetch.FetchCommandWorker;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the fetch command loop on its own thread. On stop it takes no new command and interrupts the one in
 * progress, which goes back to the queue: what was archived stays, and the next run resumes it.
 */
final class FetchWorkerService implements Service {

    private static final Logger log = LoggerFactory.getLogger(FetchWorkerService.class);
    private static final Duration JOIN = Duration.ofSeconds(10);

    private final FetchCommandWorker worker;
    private final Duration pollTimeout;
    private Thread thread;

    FetchWorkerService(FetchCommandWorker worker, Duration pollTimeout) {
        this.worker = worker;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public String name() {
        return "fetcher";
    }

    @Override
    public synchronized void start() {
        worker.recover();
        thread = Thread.ofPlatform().name("fetcher").start(() -> worker.run(pollTimeout));
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        worker.stop();
        thread.interrupt();
        try {
            if (!thread.join(JOIN)) {
                log.warn("fetcher thread still busy after {} s", JOIN.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
