package io.telegate.adapters.jdbc;

import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vendor exceptions become the ports' failures at the edge, and no failure repeats the password. */
class PostgresFailuresIT {

    private static final String PASSWORD = "s3cret-Passw0rd";
    /** Nothing listens on port 1. */
    private static final JdbcConfig UNREACHABLE = JdbcConfig.of("jdbc:postgresql://127.0.0.1:1/telegate")
            .withUser("postgres").withPassword(PASSWORD).withConnectTimeout(Duration.ofMillis(500));

    private static ScratchDatabase scratch;

    @BeforeAll
    static void createSchema() {
        scratch = ScratchDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() {
        scratch.close();
    }

    @Test
    void anUnreachableDatabaseFailsCallsAndMigrationAsTransientWithoutTellingThePassword() {
        try (JdbcDatabase database = new JdbcDatabase(UNREACHABLE)) {
            Throwable onFind = catchThrowable(() -> new JdbcTaskStore(database).find("acme", "t-1"));
            Throwable onMigrate = catchThrowable(database::migrate);

            for (Throwable failure : List.of(onFind, onMigrate)) {
                assertThat(failure).isInstanceOf(TransientFailure.class);
                assertThat(messagesOf(failure)).doesNotContain(PASSWORD);
            }
            assertThat(database.config().toString()).doesNotContain(PASSWORD).contains("password=****");
        }
    }

    @Test
    void aValueTooLongForItsColumnIsAPermanentFailure() {
        Notification task = pending("acme").build();
        OutgoingMessage message = task.request().message();
        OutgoingMessage tooLongParseMode = new OutgoingMessage(message.chatId(), message.text(),
                Optional.of("x".repeat(100)), List.of(), false, OptionalLong.empty());
        NotificationRequest request = new NotificationRequest("acme", tooLongParseMode, Optional.empty(),
                task.request().priority(), Optional.empty(), Optional.empty());
        Notification invalid = new Notification(task.id(), request, task.status(), 1, 0, List.of(),
                Optional.empty(), task.createdAt(), task.updatedAt(), task.nextAttemptAt());

        Throwable failure = catchThrowable(() -> new JdbcTaskStore(scratch.database()).insert(invalid));

        assertThat(failure).isExactlyInstanceOf(PermanentFailure.class).hasMessageContaining("SQLState 22001");
    }

    @Test
    void aStatusOutsideTheEnumIsRefusedByTheDatabase() {
        Notification task = new JdbcTaskStore(scratch.database()).insert(pending("acme").build());

        Throwable failure = catchThrowable(() -> scratch.database().withHandle("corrupt status", handle -> handle
                .createUpdate("UPDATE notification_tasks SET status = 'LOST' WHERE id = :id")
                .bind("id", task.id()).execute()));

        assertThat(failure).isExactlyInstanceOf(PermanentFailure.class).hasMessageContaining("SQLState 23514");
    }

    @Test
    void savingATaskWithAnotherTasksIdempotencyKeyIsAPermanentFailure() {
        JdbcTaskStore store = new JdbcTaskStore(scratch.database());
        store.insert(pending("acme").withIdempotencyKey("first").build());
        Notification second = store.insert(pending("acme").withIdempotencyKey("second").build());

        Throwable failure = catchThrowable(() -> store.save(Notifications.from(second).withIdempotencyKey("first")
                .nextVersion().build()));

        assertThat(failure).isInstanceOf(PermanentFailure.class).hasMessageContaining("SQLState 23505");
        assertThat(store.find("acme", second.id())).contains(second);
    }

    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }
}
