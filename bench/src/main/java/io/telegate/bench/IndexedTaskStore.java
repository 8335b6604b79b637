package io.telegate.bench;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.TaskStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link TaskStore} in memory whose claims cost O(log n) per task however large the backlog: pending tasks are
 * indexed per priority by (next attempt, creation, id), the way a database serves {@code claimDue} from an index,
 * and sending tasks by lease expiry. The test kit's store sorts every task on each claim, which at a backlog of
 * 100,000 tasks made it, not the notifier, the bottleneck of the benchmark. Every operation under one lock.
 */
final class IndexedTaskStore implements TaskStore {

    private static final Comparator<Notification> DUE_ORDER = Comparator.comparing(Notification::nextAttemptAt)
            .thenComparing(Notification::createdAt).thenComparing(Notification::id);
    private static final Comparator<Notification> CLAIM_ORDER = Comparator
            .comparing((Notification t) -> t.request().priority()).thenComparing(DUE_ORDER);

    private final Map<String, Notification> tasks = new HashMap<>();
    private final Map<String, Instant> leases = new HashMap<>();
    private final Map<List<String>, String> idsByKey = new HashMap<>();
    private final Map<Priority, NavigableSet<Notification>> pending = new EnumMap<>(Priority.class);
    private final NavigableSet<Lease> byExpiry = new TreeSet<>();
    private long claimCount;

    IndexedTaskStore() {
        for (Priority priority : Priority.values()) {
            pending.put(priority, new TreeSet<>(DUE_ORDER));
        }
    }

    @Override
    public synchronized Notification insert(Notification task) {
        Optional<List<String>> key = task.request().idempotencyKey().map(k -> List.of(task.tenant(), k));
        Optional<String> existing = key.map(idsByKey::get);
        if (existing.isPresent()) {
            return tasks.get(existing.get());
        }
        if (tasks.containsKey(task.id())) {
            throw new IllegalArgumentException("a task with id " + task.id() + " is already stored");
        }
        put(task, Optional.empty());
        key.ifPresent(k -> idsByKey.put(k, task.id()));
        return task;
    }

    @Override
    public synchronized Optional<Notification> find(String tenant, String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).filter(t -> t.tenant().equals(tenant));
    }

    @Override
    public synchronized TaskPage list(TaskQuery query) {
        return TaskListing.page(tasks.values(), query);
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
        List<Notification> due = new ArrayList<>();
        for (NavigableSet<Notification> queue : pending.values()) {
            queue.stream().takeWhile(t -> !t.nextAttemptAt().isAfter(now)).limit(limit).forEach(due::add);
        }
        byExpiry.stream().takeWhile(l -> !l.until().isAfter(now)).map(l -> tasks.get(l.taskId())).forEach(due::add);
        List<Notification> claimed = due.stream().sorted(CLAIM_ORDER).limit(limit).map(task -> {
            Notification next = new Notification(task.id(), task.request(), NotificationStatus.SENDING,
                    task.version() + 1, task.attempts(), task.partsSent(), task.lastError(), task.createdAt(), now,
                    task.nextAttemptAt());
            put(next, Optional.of(now.plus(lease)));
            return next;
        }).toList();
        claimCount += claimed.size();
        return List.copyOf(claimed);
    }

    /** How many tasks {@link #claimDue} handed out so far, counting a task again each time it is claimed. */
    synchronized long claims() {
        return claimCount;
    }

    @Override
    public synchronized boolean save(Notification task) {
        Notification stored = tasks.get(task.id());
        if (stored == null || stored.version() != task.version() - 1 || !stored.tenant().equals(task.tenant())) {
            return false;
        }
        put(task, task.status() == NotificationStatus.SENDING ? Optional.ofNullable(leases.get(task.id()))
                : Optional.empty());
        return true;
    }

    /** Stores the task's new version and re-indexes it: pending by due time, sending by lease expiry. */
    private void put(Notification task, Optional<Instant> lease) {
        Notification old = tasks.put(task.id(), task);
        if (old != null) {
            pending.get(old.request().priority()).remove(old);
        }
        Instant oldLease = leases.remove(task.id());
        if (oldLease != null) {
            byExpiry.remove(new Lease(oldLease, task.id()));
        }
        if (task.status() == NotificationStatus.PENDING) {
            pending.get(task.request().priority()).add(task);
        }
        if (task.status() == NotificationStatus.SENDING) {
            // a sending task without a lease (one inserted so) is claimable at once, as if its lease had lapsed
            Instant until = lease.orElse(Instant.MIN);
            leases.put(task.id(), until);
            byExpiry.add(new Lease(until, task.id()));
        }
    }

    /** When a sending task's claim lapses. */
    private record Lease(Instant until, String taskId) implements Comparable<Lease> {

        @Override
        public int compareTo(Lease other) {
            int byTime = until.compareTo(other.until);
            return byTime != 0 ? byTime : taskId.compareTo(other.taskId);
        }
    }
}
