package io.telegate.apps.notifier;

import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.notify.DeliveryWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the delivery workers, one platform thread each. Stopping stops the claiming and waits for each worker to
 * finish the batch in hand: a send in flight is never interrupted, since an interrupted request could have reached
 * Telegram and its task would then end up unknown. The lifecycle's shutdown timeout bounds the wait.
 */
final class DeliveryWorkerService implements Service {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkerService.class);

    private final IntFunction<DeliveryWorker> workers;
    private final int count;
    private final Duration joinLimit;
    private final List<DeliveryWorker> running = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /** {@code workers} makes the worker with the given number (1-based); {@code joinLimit} bounds each wait. */
    DeliveryWorkerService(IntFunction<DeliveryWorker> workers, int count, Duration joinLimit) {
        this.workers = workers;
        this.count = count;
        this.joinLimit = joinLimit;
    }

    @Override
    public String name() {
        return "notifier-workers";
    }

    @Override
    public synchronized void start() {
        for (int i = 1; i <= count; i++) {
            DeliveryWorker worker = workers.apply(i);
            running.add(worker);
            threads.add(Thread.ofPlatform().name("notifier-worker-" + i).start(worker::run));
        }
        log.info("{} delivery worker(s) running", count);
    }

    @Override
    public synchronized void stop() {
        running.forEach(DeliveryWorker::stop);
        for (Thread thread : threads) {
            try {
                if (!thread.join(joinLimit)) {
                    log.warn("{} still busy after {} s; its claimed tasks return when their lease ends",
                            thread.getName(), joinLimit.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
