package io.telegate.ports.out;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notification tasks: the source of truth of the outbox.
 *
 * <p>Contract: {@link #insert} is idempotent per (tenant, idempotency key): a second insert with the same key
 * returns the first task unchanged. {@link #find} and {@link #list} never show one tenant another's tasks.
 * {@link #claimDue} hands each due task to exactly one claimer until its lease ends, higher priority first,
 * then older {@code nextAttemptAt}. {@link #save} is optimistic: it writes only when the stored version equals
 * the given task's version minus one, and returns false otherwise. Thread-safe across processes.
 */
public interface TaskStore {

    /** Stores a new task, or returns the existing one with the same idempotency key. */
    Notification insert(Notification task);

    /** The tenant's task with that id. */
    Optional<Notification> find(String tenant, String taskId);

    /** A page of the tenant's tasks matching the query, newest first. */
    TaskPage list(TaskQuery query);

    /**
     * Claims up to {@code limit} tasks that are {@code PENDING} with {@code nextAttemptAt <= now} (or
     * {@code SENDING} with an expired lease), marks them {@code SENDING} leased to {@code worker} for
     * {@code lease}, and returns them with their new version.
     */
    List<Notification> claimDue(Instant now, int limit, String worker, Duration lease);

    /** Writes the task if nobody changed it since it was read; see the class contract. */
    boolean save(Notification task);
}
