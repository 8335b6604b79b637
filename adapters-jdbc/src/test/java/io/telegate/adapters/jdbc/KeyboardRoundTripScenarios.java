package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inline keyboards and every other message option survive the row format, through each way a task is read. */
abstract class KeyboardRoundTripScenarios {

    private static final Instant T0 = Instant.parse("2025-11-07T10:00:00.123456Z");
    private static final List<List<InlineButton>> KEYBOARD = List.of(
            List.of(InlineButton.link("Open build #1432", "https://ci.example.com/builds/1432?tab=log&ids=1,2"),
                    InlineButton.callback("Retry", "retry:1432|force")),
            List.of(),
            List.of(InlineButton.callback("Ack ✅ \"quoted\", 'single', back\\slash\nnew line", "ack;1432;ok")));

    private JdbcTaskStore store;

    /** The migrated database of the test class. */
    protected abstract ScratchDatabase scratch();

    @BeforeEach
    void emptyStore() {
        scratch().deleteTasks();
        store = new JdbcTaskStore(scratch().database());
    }

    @Test
    void aKeyboardComesBackFromFindListAndClaimExactlyAsInserted() {
        Notification task = store.insert(withKeyboard(KEYBOARD));

        Notification claimed = store.claimDue(T0, 1, "w1", Duration.ofMinutes(1)).getFirst();

        assertThat(task.request().message().keyboard()).isEqualTo(KEYBOARD);
        assertThat(claimed.request()).isEqualTo(task.request());
        assertThat(store.find("acme", task.id())).map(Notification::request).contains(task.request());
        assertThat(store.list(TaskQuery.all("acme", 10)).tasks()).singleElement()
                .satisfies(listed -> assertThat(listed.request()).isEqualTo(task.request()));
    }

    @Test
    void everyButtonIsARowOfItsOwnAndATaskWithoutKeyboardHasNone() {
        store.insert(withKeyboard(KEYBOARD));
        store.insert(withKeyboard(List.of()));

        assertThat(scratch().count("notification_task_buttons")).isEqualTo(3);
    }

    @Test
    void savingAnotherKeyboardReplacesTheButtonsAndSavingNoneRemovesThem() {
        Notification task = store.insert(withKeyboard(KEYBOARD));
        List<List<InlineButton>> other = List.of(List.of(InlineButton.callback("Only", "only")));
        Notification changed = Notifications.from(TaskRows.withKeyboard(task, other)).nextVersion().build();
        Notification cleared = Notifications.from(TaskRows.withKeyboard(changed, List.of())).nextVersion().build();

        assertThat(store.save(changed)).isTrue();
        assertThat(store.find("acme", task.id())).contains(changed);
        assertThat(scratch().count("notification_task_buttons")).isEqualTo(1);
        assertThat(store.save(cleared)).isTrue();
        assertThat(store.find("acme", task.id())).contains(cleared);
        assertThat(scratch().count("notification_task_buttons")).isZero();
    }

    @Test
    void aSaveThatKeepsTheKeyboardKeepsItsButtons() {
        Notification task = store.insert(withKeyboard(KEYBOARD));
        Notification delivered = Notifications.from(task).nextVersion().withStatus(NotificationStatus.DELIVERED)
                .withPartsSent(901L, 902L).build();

        assertThat(store.save(delivered)).isTrue();

        assertThat(store.find("acme", task.id())).contains(delivered);
        assertThat(scratch().count("notification_task_buttons")).isEqualTo(3);
    }

    private static Notification withKeyboard(List<List<InlineButton>> keyboard) {
        OutgoingMessage message = new OutgoingMessage("@release_notes", "<b>Build</b> 1432 is green, ☕",
                Optional.of("HTML"), keyboard, true, OptionalLong.of(77));
        NotificationRequest request = new NotificationRequest("acme", message, Optional.of(T0.minusSeconds(5)),
                Priority.HIGH, Optional.of("alerts_bot"), Optional.of("build-1432-" + UUID.randomUUID()));
        return new Notification(UUID.randomUUID().toString(), request, NotificationStatus.PENDING, 1, 0, List.of(),
                Optional.empty(), T0.minusSeconds(10), T0.minusSeconds(10), T0.minusSeconds(5));
    }
}
