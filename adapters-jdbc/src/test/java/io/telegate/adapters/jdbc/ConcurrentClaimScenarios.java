package io.telegate.adapters.jdbc;

import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.Priority;
import io.telegate.testkit.fixtures.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Claiming as several notifier processes do: each with a pool of its own on one database. A subclass supplies the
 * database; the tests leave no tasks behind.
 */
abstract class ConcurrentClaimScenarios {

    private static final Instant NOW = Instant.parse("2025-11-07T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int TASKS = 1_000;

    /** The migrated database of the test class. */
    protected abstract ScratchDatabase scratch();

    @BeforeEach
    void startEmpty() {
        scratch().deleteTasks();
    }

    @Test
    @Timeout(120)
    void twoProcessesClaimingOneThousandDueTasksShareThemWithoutOverlap() {
        try (JdbcDatabase firstPool = new JdbcDatabase(scratch().config());
             JdbcDatabase secondPool = new JdbcDatabase(scratch().config())) {
            List<JdbcTaskStore> processes = List.of(new JdbcTaskStore(firstPool), new JdbcTaskStore(secondPool));
            List<String> ids = insertDueTasks(processes.getFirst());
            Map<String, String> claimedBy = new ConcurrentHashMap<>();
            List<String> claims = Collections.synchronizedList(new ArrayList<>());

            Concurrently.run(2, process -> {
                List<Notification> batch;
                do {
                    batch = processes.get(process).claimDue(NOW, 20, "process-" + process, LEASE);
                    batch.forEach(task -> {
                        claims.add(task.id());
                        claimedBy.put(task.id(), "process-" + process);
                    });
                } while (!batch.isEmpty());
            });

            assertThat(claims).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            assertThat(leaseOwners()).isEqualTo(claimedBy);
        }
    }

    @Test
    @Timeout(60)
    void aClaimPassesOverTasksAnotherTransactionHoldsLockedInsteadOfWaiting() {
        JdbcTaskStore store = new JdbcTaskStore(scratch().database());
        List<String> inClaimOrder = IntStream.range(0, 10)
                .mapToObj(i -> store.insert(pending("acme").withCreatedAt(NOW.minusSeconds(100 - i)).build()).id())
                .toList();

        List<String> claimedWhileLocked;
        // Another pool, as another process: Jdbi would run a nested call of one pool in the same transaction.
        try (JdbcDatabase processA = new JdbcDatabase(scratch().config())) {
            claimedWhileLocked = processA.inTransaction("lock four tasks", handle -> {
                handle.createQuery("SELECT id FROM notification_tasks WHERE id IN (<ids>) FOR UPDATE")
                        .bindList("ids", inClaimOrder.subList(0, 4)).mapTo(String.class).list();
                return store.claimDue(NOW, 10, "process-b", LEASE).stream().map(Notification::id).toList();
            });
        }
        List<String> claimedAfterwards = store.claimDue(NOW, 10, "process-b", LEASE).stream()
                .map(Notification::id).toList();

        assertThat(claimedWhileLocked).containsExactlyElementsOf(inClaimOrder.subList(4, 10));
        assertThat(claimedAfterwards).containsExactlyElementsOf(inClaimOrder.subList(0, 4));
    }

    private List<String> insertDueTasks(JdbcTaskStore store) {
        List<String> ids = new CopyOnWriteArrayList<>();
        Concurrently.run(4, inserter -> {
            for (int i = inserter; i < TASKS; i += 4) {
                ids.add(store.insert(pending("tenant-" + i % 7).withPriority(Priority.values()[i % 3])
                        .withCreatedAt(NOW.minusSeconds(i)).build()).id());
            }
        });
        return ids;
    }

    private Map<String, String> leaseOwners() {
        return scratch().database().withHandle("read lease owners", handle -> handle
                .createQuery("SELECT id, lease_owner FROM notification_tasks WHERE status = 'SENDING'")
                .map((row, context) -> Map.entry(row.getString("id"), row.getString("lease_owner"))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
