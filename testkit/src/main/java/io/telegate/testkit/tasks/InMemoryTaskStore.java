package io.telegate.testkit.tasks;

import io.telegate.ports.model.notify.TaskCursor;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.TaskStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TaskStore} in memory, every operation under one lock; follows {@link TaskStoreContract}.
 *
 * <p>Claims keep the worker and the lease expiry beside the task. A second insert of an id already stored
 * (with no matching idempotency key) is a caller bug and throws {@link IllegalArgumentException}, as a
 * primary-key violation would in a database.
 */
public final class InMemoryTaskStore implements TaskStore {

    /** Claim order: higher priority first, then older next attempt, then older creation, then id. */
    static final Comparator<StoredTask> CLAIM_ORDER = Comparator
            .comparing((StoredTask s) -> s.task().request().priority())
            .thenComparing(s -> s.task().nextAttemptAt())
            .thenComparing(s -> s.task().createdAt())
            .thenComparing(s -> s.task().id());

    private final Map<String, StoredTask> tasks = new HashMap<>();
    private final Map<IdempotencyKey, String> idsByKey = new HashMap<>();

    @Override
    public synchronized Notification insert(Notification task) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(task);
        Optional<String> existing = key.map(idsByKey::get);
        if (existing.isPresent()) {
            return tasks.get(existing.get()).task();
        }
        if (tasks.containsKey(task.id())) {
            throw new IllegalArgumentException("a task with id " + task.id() + " is already stored");
        }
        tasks.put(task.id(), StoredTask.unleased(task));
        key.ifPresent(k -> idsByKey.put(k, task.id()));
        return task;
    }

    @Override
    public synchronized Optional<Notification> find(String tenant, String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).map(StoredTask::task).filter(t -> t.tenant().equals(tenant));
    }

    @Override
    public synchronized TaskPage list(TaskQuery query) {
        Optional<TaskCursor> after = query.cursor().map(TaskCursor::decode);
        List<Notification> matching = tasks.values().stream()
                .map(StoredTask::task)
                .filter(t -> TaskFilter.matches(query, t))
                .filter(t -> after.map(cursor -> cursor.precedes(t)).orElse(true))
                .sorted(TaskCursor.NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new TaskPage(matching, Optional.empty());
        }
        List<Notification> page = matching.subList(0, query.limit());
        return new TaskPage(page, Optional.of(TaskCursor.after(page.getLast()).encode()));
    }

    @Override
    public synchronized List<Notification> claimDue(Instant now, int limit, String worker, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(worker, "worker");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
        List<StoredTask> due = tasks.values().stream().filter(s -> s.isDue(now)).sorted(CLAIM_ORDER)
                .limit(limit).toList();
        List<Notification> claimed = new ArrayList<>(due.size());
        for (StoredTask stored : due) {
            StoredTask leased = stored.claim(now, worker, lease);
            tasks.put(leased.task().id(), leased);
            claimed.add(leased.task());
        }
        return List.copyOf(claimed);
    }

    @Override
    public synchronized boolean save(Notification task) {
        StoredTask stored = tasks.get(task.id());
        if (stored == null
                || stored.task().version() != task.version() - 1
                || !stored.task().tenant().equals(task.tenant())) {
            return false;
        }
        tasks.put(task.id(), stored.replacedBy(task));
        return true;
    }

    /** The worker holding the task's current lease, while it is sending; for tests that look inside. */
    public synchronized Optional<String> leaseHolder(String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).flatMap(StoredTask::worker);
    }

    /** When the task's current lease lapses, while it is sending; for tests that look inside. */
    public synchronized Optional<Instant> leaseUntil(String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).flatMap(StoredTask::leaseUntil);
    }
}
