package io.telegate.adapters.jdbc;

import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every statement of the task store names the tenant, so no path reaches another tenant's task. */
class PostgresTenantIsolationIT {

    private static final Instant T0 = Notifications.DEFAULT_CREATED_AT;

    private static ScratchDatabase scratch;

    private JdbcTaskStore store;

    @BeforeAll
    static void createSchema() {
        scratch = ScratchDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() {
        scratch.close();
    }

    @BeforeEach
    void emptyStore() {
        scratch.deleteTasks();
        store = new JdbcTaskStore(scratch.database());
    }

    @Test
    void savingATaskUnderAnotherTenantChangesNothing() {
        Notification ours = store.insert(pending("acme").build());
        Notification forged = Notifications.from(pending("globex").withId(ours.id()).build()).nextVersion()
                .withStatus(NotificationStatus.CANCELLED).build();

        assertThat(store.save(forged)).isFalse();
        assertThat(store.find("acme", ours.id())).contains(ours);
        assertThat(store.find("globex", ours.id())).isEmpty();
    }

    @Test
    void anotherTenantCannotTakeOverAStoredTaskIdByInsertingIt() {
        Notification ours = store.insert(pending("acme").withIdempotencyKey("k").build());
        Notification theirs = pending("globex").withId(ours.id()).withIdempotencyKey("k").build();

        assertThatThrownBy(() -> store.insert(theirs)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("already stored");
        assertThat(store.find("acme", ours.id())).contains(ours);
        assertThat(store.find("globex", ours.id())).isEmpty();
    }

    @Test
    void aCursorFromAnotherTenantsListingStillListsOnlyOurTasks() {
        List<Notification> ours = IntStream.range(0, 6)
                .mapToObj(i -> store.insert(pending("acme").withCreatedAt(T0.plusSeconds(i)).build())).toList();
        IntStream.range(0, 6).forEach(i -> store.insert(pending("globex")
                .withCreatedAt(T0.plusSeconds(i).plusMillis(500)).build()));
        // their third newest was created at T0 + 3.5 s
        String theirCursor = store.list(TaskQuery.all("globex", 3)).nextCursor().orElseThrow();

        TaskPage page = store.list(TaskQuery.all("acme", 10).after(theirCursor));

        assertThat(page.tasks()).containsExactlyElementsOf(ours.subList(0, 4).reversed());
    }
}
