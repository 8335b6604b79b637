package io.telegate.core.notify;

import static io.telegate.ports.model.notify.NotificationStatus.CANCELLED;
import static io.telegate.ports.model.notify.NotificationStatus.DELIVERED;
import static io.telegate.ports.model.notify.NotificationStatus.FAILED;
import static io.telegate.ports.model.notify.NotificationStatus.PENDING;
import static io.telegate.ports.model.notify.NotificationStatus.SENDING;
import static io.telegate.ports.model.notify.NotificationStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationTaskTest {

    private static final Instant NOW = Notifications.DEFAULT_CREATED_AT.plusSeconds(30);

    @Test
    void aNewTaskIsPendingAtVersionOneAndDueAtItsSendTime() {
        NotificationRequest request = Notifications.pending("acme").withSendAt(NOW.plusSeconds(600)).build().request();

        Notification task = NotificationTask.create("t-1", request, NOW);

        assertThat(task.status()).isEqualTo(PENDING);
        assertThat(task.version()).isEqualTo(1);
        assertThat(task.attempts()).isZero();
        assertThat(task.createdAt()).isEqualTo(NOW);
        assertThat(task.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aTaskWithoutSendTimeIsDueAtOnce() {
        Notification task = NotificationTask.create("t-1", Notifications.pending("acme").build().request(), NOW);

        assertThat(task.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void aSendingTaskMovesThroughAttemptAndPartsToDelivered() {
        Notification sending = in(SENDING);

        Notification begun = NotificationTask.of(sending).beginAttempt(NOW);
        Notification firstPart = NotificationTask.of(begun).partDelivered(101, NOW);
        Notification done = NotificationTask.of(NotificationTask.of(firstPart).beginAttempt(NOW)).delivered(102, NOW);

        assertThat(begun.attempts()).isEqualTo(sending.attempts() + 1);
        assertThat(firstPart.status()).isEqualTo(SENDING);
        assertThat(done.status()).isEqualTo(DELIVERED);
        assertThat(done.partsSent()).containsExactly(101L, 102L);
        assertThat(done.version()).isEqualTo(sending.version() + 4);
        assertThat(done.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aRetryGoesBackToPendingWithTheErrorAndTheNextAttemptTime() {
        Notification retried = NotificationTask.of(in(SENDING)).retryLater(NOW.plusSeconds(4), "transport: reset", NOW);

        assertThat(retried.status()).isEqualTo(PENDING);
        assertThat(retried.lastError()).contains("transport: reset");
        assertThat(retried.nextAttemptAt()).isEqualTo(NOW.plusSeconds(4));
    }

    @Test
    void anUpdateWithANewSendTimeMovesTheNextAttemptAndOneWithoutKeepsIt() {
        Notification pending = Notifications.from(in(PENDING)).withNextAttemptAt(NOW.plusSeconds(5)).build();
        NotificationRequest later = Notifications.from(pending).withSendAt(NOW.plusSeconds(3600)).build().request();
        NotificationRequest reworded = Notifications.from(pending).withText("new words").build().request();

        assertThat(NotificationTask.of(pending).update(later, NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(NotificationTask.of(pending).update(reworded, NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(NotificationTask.of(pending).update(reworded, NOW).request().message().text()).isEqualTo("new words");
    }

    @Test
    void aPendingTaskWithAPartDeliveredCannotBeUpdated() {
        Notification halfSent = Notifications.from(in(PENDING)).withPartsSent(7L).build();

        assertThatThrownBy(() -> NotificationTask.of(halfSent).update(halfSent.request(), NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("delivered already");
    }

    @Test
    void aRedriveMakesAFailedOrUnknownTaskDueNowAndKeepsItsDeliveredParts() {
        Notification failed = Notifications.from(in(FAILED)).withPartsSent(7L).withLastError("x").build();

        Notification again = NotificationTask.of(failed).redrive(NOW);

        assertThat(again.status()).isEqualTo(PENDING);
        assertThat(again.nextAttemptAt()).isEqualTo(NOW);
        assertThat(again.partsSent()).containsExactly(7L);
        assertThat(NotificationTask.of(in(UNKNOWN)).redrive(NOW).status()).isEqualTo(PENDING);
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of("beginAttempt", EnumSet.of(SENDING), op(t -> t.beginAttempt(NOW))),
                Arguments.of("partDelivered", EnumSet.of(SENDING), op(t -> t.partDelivered(1, NOW))),
                Arguments.of("delivered", EnumSet.of(SENDING), op(t -> t.delivered(1, NOW))),
                Arguments.of("defer", EnumSet.of(SENDING), op(t -> t.defer(NOW, NOW))),
                Arguments.of("retryLater", EnumSet.of(SENDING), op(t -> t.retryLater(NOW, "e", NOW))),
                Arguments.of("fail", EnumSet.of(SENDING), op(t -> t.fail("e", NOW))),
                Arguments.of("unknown", EnumSet.of(SENDING), op(t -> t.unknown("e", NOW))),
                Arguments.of("cancel", EnumSet.of(PENDING), op(t -> t.cancel(NOW))),
                Arguments.of("update", EnumSet.of(PENDING), op(t -> t.update(
                        Notifications.pending("acme").withText("other").build().request(), NOW))),
                Arguments.of("redrive", EnumSet.of(FAILED, UNKNOWN), op(t -> t.redrive(NOW))));
    }

    @ParameterizedTest(name = "{0} only from {1}")
    @MethodSource("transitions")
    void eachTransitionIsAllowedOnlyFromItsStatesAndThrowsFromEveryOther(String name, Set<NotificationStatus> from,
                                                                         Function<NotificationTask, Notification> op) {
        for (NotificationStatus status : NotificationStatus.values()) {
            Notification task = in(status);
            if (from.contains(status)) {
                assertThat(op.apply(NotificationTask.of(task)).version()).as("%s from %s", name, status)
                        .isEqualTo(task.version() + 1);
            } else {
                assertThatThrownBy(() -> op.apply(NotificationTask.of(task))).as("%s from %s", name, status)
                        .isInstanceOf(IllegalTransitionException.class)
                        .satisfies(e -> assertThat(((IllegalTransitionException) e).status()).isEqualTo(status));
            }
        }
    }

    @Test
    void aCancelledOrDeliveredTaskStaysAsItIsForTheAuditTrail() {
        for (NotificationStatus status : EnumSet.of(CANCELLED, DELIVERED)) {
            NotificationTask task = NotificationTask.of(in(status));

            assertThatThrownBy(() -> task.cancel(NOW)).hasMessage("a " + status.name().toLowerCase()
                    + " task cannot be cancelled");
            assertThatThrownBy(() -> task.redrive(NOW)).isInstanceOf(IllegalTransitionException.class);
        }
    }

    private static Function<NotificationTask, Notification> op(Function<NotificationTask, Notification> op) {
        return op;
    }

    private static Notification in(NotificationStatus status) {
        return Notifications.pending("acme").withStatus(status).withVersion(3).withAttempts(2).build();
    }
}
