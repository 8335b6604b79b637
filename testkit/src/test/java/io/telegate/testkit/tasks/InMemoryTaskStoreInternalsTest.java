package io.telegate.testkit.tasks;

import io.telegate.ports.model.notify.TaskCursor;
import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTaskStoreInternalsTest {

    private static final Instant T0 = Notifications.DEFAULT_CREATED_AT;

    private final InMemoryTaskStore store = new InMemoryTaskStore();

    @Test
    void aClaimRecordsTheWorkerAndWhenItsLeaseEnds() {
        Notification task = store.insert(pending("acme").build());

        store.claimDue(T0, 1, "worker-7", Duration.ofSeconds(45));

        assertThat(store.leaseHolder(task.id())).contains("worker-7");
        assertThat(store.leaseUntil(task.id())).contains(T0.plusSeconds(45));
    }

    @Test
    void savingAFinishedTaskDropsItsLease() {
        store.insert(pending("acme").build());
        Notification claimed = store.claimDue(T0, 1, "worker-7", Duration.ofSeconds(45)).getFirst();

        store.save(Notifications.from(claimed).nextVersion()
                .withStatus(NotificationStatus.DELIVERED).build());

        assertThat(store.leaseHolder(claimed.id())).isEmpty();
        assertThat(store.leaseUntil(claimed.id())).isEmpty();
    }

    @Test
    void anotherTenantCannotSaveOverATask() {
        Notification task = store.insert(pending("acme").build());
        Notification forged = new Notification(task.id(), pending("globex").build().request(), task.status(),
                task.version() + 1, 0, task.partsSent(), task.lastError(), task.createdAt(), task.updatedAt(),
                task.nextAttemptAt());

        assertThat(store.save(forged)).isFalse();
        assertThat(store.find("acme", task.id())).contains(task);
    }

    @Test
    void insertingAStoredIdAgainWithoutAKeyIsRejected() {
        Notification task = store.insert(pending("acme").build());

        assertThatThrownBy(() -> store.insert(task)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedCursorIsRejected() {
        assertThatThrownBy(() -> store.list(TaskQuery.all("acme", 5).after("not a cursor!")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.list(TaskQuery.all("acme", 5).after("bm8tc2VwYXJhdG9y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCursorRoundTripsCreationTimeAndId() {
        TaskCursor cursor = new TaskCursor(Instant.parse("2025-11-07T10:00:00.123456789Z"), "id|with|bars");

        assertThat(TaskCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void claimRejectsANonPositiveLimitOrLease() {
        assertThatThrownBy(() -> store.claimDue(T0, 0, "w", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claimDue(T0, 1, "w", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
