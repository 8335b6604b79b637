package io.telegate.apps.monitor;

import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.monitor.MonitorCommandWorker;
import io.telegate.core.monitor.MonitorManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the monitor: on start it resumes every stored chat nobody owns, then takes commands on its own thread and
 * ticks (lease renewal, takeover scan, quiet probes) every third of the lease TTL. On stop it takes no new command,
 * hands the one in progress back to the queue, and lets go of its chats so another instance takes them at once.
 */
final class MonitorService implements Service {

    private static final Logger log = LoggerFactory.getLogger(MonitorService.class);
    private static final Duration JOIN = Duration.ofSeconds(10);

    private final MonitorCommandWorker worker;
    private final MonitorManager manager;
    private final Duration pollTimeout;
    private final Duration tickInterval;
    private Thread commands;
    private ScheduledExecutorService ticker;

    MonitorService(MonitorCommandWorker worker, MonitorManager manager, Duration pollTimeout, Duration tickInterval) {
        this.worker = worker;
        this.manager = manager;
        this.pollTimeout = pollTimeout;
        this.tickInterval = tickInterval;
    }

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public synchronized void start() {
        worker.recover();
        manager.tick();
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("monitor-tick").factory());
        ticker.scheduleWithFixedDelay(manager::tick, tickInterval.toMillis(), tickInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        commands = Thread.ofPlatform().name("monitor-commands").start(() -> worker.run(pollTimeout));
    }

    @Override
    public synchronized void stop() {
        if (commands == null) {
            return;
        }
        worker.stop();
        commands.interrupt();
        try {
            if (!commands.join(JOIN)) {
                log.warn("monitor command thread still busy after {} s", JOIN.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker.shutdownNow();
        manager.shutdown(JOIN);
    }
}
