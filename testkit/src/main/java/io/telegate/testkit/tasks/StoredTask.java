package io.telegate.testkit.tasks;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A task as the in-memory store keeps it: the task and, while it is {@code SENDING}, who leased it until when.
 *
 * @param task       the stored task
 * @param worker     the worker that claimed it last, while the task is sending
 * @param leaseUntil when that claim lapses; a sending task without a lease is claimable at once
 */
record StoredTask(Notification task, Optional<String> worker, Optional<Instant> leaseUntil) {

    static StoredTask unleased(Notification task) {
        return new StoredTask(task, Optional.empty(), Optional.empty());
    }

    /** Whether {@code claimDue} at {@code now} may hand this task out. */
    boolean isDue(Instant now) {
        return switch (task.status()) {
            case PENDING -> !task.nextAttemptAt().isAfter(now);
            case SENDING -> leaseUntil.map(until -> !until.isAfter(now)).orElse(true);
            default -> false;
        };
    }

    /** This task claimed by {@code claimer} at {@code now}: sending, next version, leased for {@code lease}. */
    StoredTask claim(Instant now, String claimer, Duration lease) {
        Notification claimed = new Notification(task.id(), task.request(), NotificationStatus.SENDING,
                task.version() + 1, task.attempts(), task.partsSent(), task.lastError(), task.createdAt(), now,
                task.nextAttemptAt());
        return new StoredTask(claimed, Optional.of(claimer), Optional.of(now.plus(lease)));
    }

    /** The saved version; a task still sending keeps its lease, any other status drops it. */
    StoredTask replacedBy(Notification saved) {
        return saved.status() == NotificationStatus.SENDING
                ? new StoredTask(saved, worker, leaseUntil)
                : unleased(saved);
    }
}
