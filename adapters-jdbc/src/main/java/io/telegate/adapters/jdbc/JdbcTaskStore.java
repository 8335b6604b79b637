package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.TaskCursor;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TaskStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The notification outbox in {@code notification_tasks}, shared safely by several notifier processes.
 *
 * <p>{@link #insert} relies on the unique {@code (tenant, idempotency_key)} constraint ({@code ON CONFLICT DO
 * NOTHING}, then a lookup), so racing inserts store one task. {@link #claimDue} locks due rows in claim order with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and marks them {@code SENDING} in the same transaction, on PostgreSQL and
 * on H2 2.4 alike (H2 honours {@code SKIP LOCKED} between the connections of its one process). {@link #save} updates
 * only the row whose version is one less than the task's. Times are kept to the microsecond: {@link #insert}
 * returns the task as stored. A second task with a stored id and no matching key fails as a
 * {@link PermanentFailure}.
 */
public final class JdbcTaskStore implements TaskStore {

    private final JdbcDatabase database;

    @Inject
    public JdbcTaskStore(JdbcDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Notification insert(Notification task) {
        Notification stored = TaskRows.stored(Objects.requireNonNull(task, "task"));
        boolean inserted = database.inTransaction("insert task", handle -> {
            boolean added = TaskRows.bind(handle.createUpdate(TaskSql.INSERT), stored).execute() == 1;
            if (added) {
                Keyboards.insert(handle, stored.id(), stored.request().message().keyboard());
            }
            return added;
        });
        if (inserted) {
            return stored;
        }
        return task.request().idempotencyKey().flatMap(key -> findByKey(task.tenant(), key))
                .orElseThrow(() -> new PermanentFailure("a task with id " + task.id() + " is already stored"));
    }

    @Override
    public Optional<Notification> find(String tenant, String taskId) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(taskId, "task id");
        return database.withHandle("find task", handle -> one(handle,
                handle.createQuery(TaskSql.FIND).bind("id", taskId).bind("tenant", tenant)
                        .map((row, context) -> TaskRows.read(row)).list()));
    }

    @Override
    public TaskPage list(TaskQuery query) {
        TaskListing listing = TaskListing.of(query);
        List<Notification> tasks = database.withHandle("list tasks",
                handle -> Keyboards.attach(handle, listing.fetch(handle, query.limit() + 1)));
        if (tasks.size() <= query.limit()) {
            return new TaskPage(tasks, Optional.empty());
        }
        List<Notification> page = tasks.subList(0, query.limit());
        return new TaskPage(page, Optional.of(TaskCursor.after(page.getLast()).encode()));
    }

    @Override
    public List<Notification> claimDue(Instant now, int limit, String worker, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(worker, "worker");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
        return database.inTransaction("claim tasks", handle -> {
            List<String> ids = handle.createQuery(TaskSql.LOCK_DUE).bind("now", Timestamps.argument(now))
                    .bind("limit", limit).mapTo(String.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            handle.createUpdate(TaskSql.CLAIM).bindList("ids", ids).bind("now", Timestamps.argument(now))
                    .bind("worker", worker).bind("leaseUntil", Timestamps.argument(now.plus(lease))).execute();
            List<LoadedTask> claimed = handle.createQuery(TaskSql.FIND_ALL).bindList("ids", ids)
                    .map((row, context) -> TaskRows.read(row)).list();
            return Keyboards.attach(handle, claimed).stream()
                    .sorted(Comparator.comparingInt((Notification task) -> ids.indexOf(task.id()))).toList();
        });
    }

    @Override
    public boolean save(Notification task) {
        Notification stored = TaskRows.stored(Objects.requireNonNull(task, "task"));
        return database.inTransaction("save task", handle -> {
            int updated = TaskRows.bind(handle.createUpdate(TaskSql.SAVE), stored)
                    .bind("keepLease", stored.status() == NotificationStatus.SENDING)
                    .bind("expectedVersion", stored.version() - 1)
                    .execute();
            if (updated == 1) {
                Keyboards.replaceIfChanged(handle, stored.id(), stored.request().message().keyboard());
            }
            return updated == 1;
        });
    }

    private Optional<Notification> findByKey(String tenant, String key) {
        return database.withHandle("find task by idempotency key", handle -> one(handle,
                handle.createQuery(TaskSql.FIND_BY_KEY).bind("tenant", tenant).bind("idempotencyKey", key)
                        .map((row, context) -> TaskRows.read(row)).list()));
    }

    private static Optional<Notification> one(Handle handle, List<LoadedTask> rows) {
        return Keyboards.attach(handle, rows).stream().findFirst();
    }
}
