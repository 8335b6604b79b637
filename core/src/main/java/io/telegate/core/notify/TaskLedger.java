package io.telegate.core.notify;

import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.TaskStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the worker writes: the task (optimistically, announcing final states) and the attempt log, with metrics. */
final class TaskLedger {

    private static final Logger log = LoggerFactory.getLogger(TaskLedger.class);

    private final TaskStore tasks;
    private final DeliveryAttempts attempts;
    private final NotificationEvents events;
    private final Metrics metrics;

    TaskLedger(TaskStore tasks, DeliveryAttempts attempts, NotificationEvents events, Metrics metrics) {
        this.tasks = tasks;
        this.attempts = attempts;
        this.events = events;
        this.metrics = metrics;
    }

    /** Saves the next version; false when another worker changed the task meanwhile. A final state is announced. */
    boolean save(Notification next, String chatId) {
        if (!tasks.save(next)) {
            log.info("task {} changed under this worker (its lease ran out); leaving it to its new holder", next.id());
            return false;
        }
        if (next.status().isFinal()) {
            metrics.increment("telegate.notify.finished", "status", next.status().name().toLowerCase(Locale.ROOT));
            events.finished(next, chatId);
        }
        return true;
    }

    void record(DeliveryAttempt attempt) {
        metrics.increment("telegate.notify.attempts", "outcome", attempt.outcome().name().toLowerCase(Locale.ROOT));
        if (!attempts.record(attempt)) {
            log.warn("attempt {} of task {} was recorded already by the worker that took the task over; this "
                    + "worker saw it end as {}{}", attempt.attemptNo(), attempt.taskId(), attempt.outcome(),
                    attempt.telegramMessageId().isPresent() ? " (message " + attempt.telegramMessageId().getAsLong()
                            + ")" : "");
        }
    }

    Optional<DeliveryAttempt> latest(String taskId) {
        return attempts.latest(taskId);
    }

    /** Transient failures since the last delivered part, failure or re-drive; rate limits and migrations don't count. */
    int failuresInARow(String taskId) {
        List<DeliveryAttempt> timeline = attempts.forTask(taskId);
        int failures = 0;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            AttemptOutcome outcome = timeline.get(i).outcome();
            if (outcome == AttemptOutcome.RETRYING) {
                failures++;
            } else if (outcome != AttemptOutcome.RATE_LIMITED && outcome != AttemptOutcome.CHAT_MIGRATED) {
                return failures;
            }
        }
        return failures;
    }
}
