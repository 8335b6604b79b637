package io.telegate.core.notify;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Claims due notification tasks in batches under a lease and hands each to the {@link DeliveryService}, higher
 * priority first, so when a bot's budget is short the high-priority tasks take it. Several workers (threads or
 * processes) may share one task store: a claim goes to one of them, and a worker whose lease ran out loses its
 * next save and stops.
 */
public final class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Comparator<Notification> BY_PRIORITY = Comparator.comparing(t -> t.request().priority());

    private final TaskStore tasks;
    private final DeliveryService delivery;
    private final DeliveryPolicy policy;
    private final Pause pause;
    private final Clock clock;
    private final String name;
    private volatile boolean stopping;

    /** {@code name} identifies this worker in claims and logs; unique per worker. */
    public DeliveryWorker(TaskStore tasks, DeliveryService delivery, DeliveryPolicy policy, Pause pause, Clock clock,
                          String name) {
        this.tasks = tasks;
        this.delivery = delivery;
        this.policy = policy;
        this.pause = pause;
        this.clock = clock;
        this.name = name;
    }

    /** Claims one batch and works it; returns how many tasks it claimed. */
    public int runOnce() {
        List<Notification> batch = tasks.claimDue(clock.instant(), policy.batchSize(), name, policy.lease())
                .stream().sorted(BY_PRIORITY).toList();
        for (Notification task : batch) {
            MDC.put("task_id", task.id());
            try {
                delivery.deliver(task);
            } catch (RuntimeException e) {
                // its lease will lapse and the next claim squares it with the attempt log
                log.error("task {} could not be worked: {}", task.id(), e.toString());
            } finally {
                MDC.remove("task_id");
            }
        }
        return batch.size();
    }

    /** Works batches until {@link #stop()} or an interrupt, pausing between polls while nothing is due. */
    public void run() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                if (runOnce() < policy.batchSize()) {
                    pause.pause(policy.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("delivery loop error, retrying after {}: {}", policy.pollInterval(), e.toString());
                pauseQuietly(policy.pollInterval());
            }
        }
    }

    /** Stops claiming; the batch in hand is finished. */
    public void stop() {
        stopping = true;
    }

    private void pauseQuietly(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
