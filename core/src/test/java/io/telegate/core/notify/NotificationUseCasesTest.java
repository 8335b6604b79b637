package io.telegate.core.notify;

import static io.telegate.core.notify.NotifyWorld.TENANT;
import static io.telegate.core.notify.NotifyWorld.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.sandbox.SandboxChat;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationUseCasesTest {

    private final NotifyWorld world = new NotifyWorld();
    private final SandboxChat alice = world.privateChat("alice");
    private final UpdateNotificationService update = new UpdateNotificationService(world.tasks, world.validator,
            world.clock);
    private final CancelNotificationService cancel = new CancelNotificationService(world.tasks, world.events,
            world.clock);
    private final RetryNotificationService retry = new RetryNotificationService(world.tasks, world.bots,
            world.recipients, world.clock);

    @Test
    void creatingTwiceWithTheSameKeyReturnsTheFirstTaskAndDeliversOnce() {
        CreateOutcome first = world.create.create(keyed(TENANT, "order-42", "first"));
        CreateOutcome second = world.create.create(keyed(TENANT, "order-42", "second"));
        CreateOutcome otherTenant = world.create.create(keyed(NotifyWorld.OTHER_TENANT, "order-42", "theirs"));

        assertThat(first).isInstanceOf(CreateOutcome.Created.class);
        assertThat(second).isEqualTo(new CreateOutcome.Duplicate(first.task()));
        assertThat(otherTenant).isInstanceOf(CreateOutcome.Created.class);
        world.deliverAll(Duration.ofSeconds(10));
        assertThat(world.sentTo(alice.id())).extracting(m -> m.text()).containsExactlyInAnyOrder("first", "theirs");
    }

    @Test
    void anInvalidRequestIsRefusedWithEveryFieldAndNothingIsStored() {
        NotificationRequest invalid = new NotificationRequest(TENANT, OutgoingMessage
                .plain("not-a-chat", ""), Optional.empty(), Priority.NORMAL, Optional.of("nobody"), Optional.empty());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> world.create.create(invalid));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("chat_id", "text", "bot");
        assertThat(world.queries.list(TaskQuery.all(TENANT, 10)).tasks()).isEmpty();
    }

    @Test
    void aTenantSeesOnlyItsOwnTasksAndTimelines() {
        Notification task = world.submit(alice.id(), "mine");
        world.worker().runOnce();

        assertThat(world.queries.get(TENANT, task.id())).isPresent();
        assertThat(world.queries.get(NotifyWorld.OTHER_TENANT, task.id())).isEmpty();
        assertThat(world.queries.attempts(TENANT, task.id())).hasValueSatisfying(timeline -> assertThat(timeline)
                .extracting(DeliveryAttempt::outcome).containsExactly(AttemptOutcome.DELIVERED));
        assertThat(world.queries.attempts(NotifyWorld.OTHER_TENANT, task.id())).isEmpty();
    }

    @Test
    void listingFiltersByStatus() {
        Notification delivered = world.submit(alice.id(), "one");
        world.worker().runOnce();
        Notification pending = world.submit(alice.id(), "two");

        TaskQuery onlyPending = new TaskQuery(TENANT, Optional.of(NotificationStatus.PENDING), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10);

        assertThat(world.queries.list(onlyPending).tasks()).extracting(Notification::id).containsExactly(pending.id());
        assertThat(world.queries.list(TaskQuery.all(TENANT, 10)).tasks()).extracting(Notification::id)
                .containsExactlyInAnyOrder(pending.id(), delivered.id());
    }

    @Test
    void aPendingTaskCanBeReworded() {
        Notification task = world.submit(alice.id(), "draft");

        TaskChange change = update.update(TENANT, task.id(), NotificationChanges.none().withText("final")
                .withPriority(Priority.HIGH));

        assertThat(change).isInstanceOfSatisfying(TaskChange.Changed.class, changed -> {
            assertThat(changed.task().request().message().text()).isEqualTo("final");
            assertThat(changed.task().request().priority()).isEqualTo(Priority.HIGH);
            assertThat(changed.task().version()).isEqualTo(task.version() + 1);
        });
    }

    @Test
    void anUpdateIsValidatedLikeANewRequest() {
        Notification task = world.submit(alice.id(), "draft");

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> update.update(TENANT,
                task.id(), new NotificationChanges(Optional.of(""), Optional.of("BBCode"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("text", "parse_mode");
        assertThat(world.task(task.id()).request().message().text()).isEqualTo("draft");
    }

    @Test
    void anEmptyParseModeSwitchesFormattingOff() {
        Notification task = world.submit(alice.id(), "draft");
        update.update(TENANT, task.id(), new NotificationChanges(Optional.empty(), Optional.of("HTML"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        update.update(TENANT, task.id(), new NotificationChanges(Optional.empty(), Optional.of(""), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(world.task(task.id()).request().message().parseMode()).isEmpty();
    }

    @Test
    void aDeliveredTaskCannotBeUpdatedOrCancelledAndStaysAsItWas() {
        Notification task = world.submit(alice.id(), "sent");
        world.worker().runOnce();
        Notification delivered = world.task(task.id());

        assertThat(update.update(TENANT, task.id(), NotificationChanges.none().withText("x")))
                .isInstanceOf(TaskChange.NotAllowed.class);
        assertThat(cancel.cancel(TENANT, task.id())).isEqualTo(new TaskChange.NotAllowed(NotificationStatus.DELIVERED,
                "a delivered task cannot be cancelled"));
        assertThat(world.task(task.id())).isEqualTo(delivered);
    }

    @Test
    void changingATaskOfAnotherTenantOrNoTaskAtAllFindsNothing() {
        Notification task = world.submit(alice.id(), "mine");

        assertThat(cancel.cancel(NotifyWorld.OTHER_TENANT, task.id())).isEqualTo(new TaskChange.NotFound(task.id()));
        assertThat(retry.retry(TENANT, "no-such-task")).isEqualTo(new TaskChange.NotFound("no-such-task"));
        assertThat(update.update(NotifyWorld.OTHER_TENANT, task.id(), NotificationChanges.none().withText("x")))
                .isInstanceOf(TaskChange.NotFound.class);
    }

    @Test
    void aFailedTaskCanBeReDrivenWithItsRecipientsMarkLiftedAndAFreshRetryBudget() {
        world.policy = DeliveryPolicy.defaults().withMaxAttempts(2);
        world.sandbox.blockBot(alice.id(), world.token);
        Notification task = world.submit(alice.id(), "hello again");
        world.worker().runOnce();
        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.FAILED);

        TaskChange change = retry.retry(TENANT, task.id());
        assertThat(world.recipients.unreachable(world.token.botId(), Long.toString(alice.id()))).isEmpty();
        world.botApi.failNext(new BotApiError.Transport("reset", false));
        world.deliverAll(Duration.ofSeconds(30));

        assertThat(change).isInstanceOf(TaskChange.Changed.class);
        assertThat(world.recipients.unreachable(world.token.botId(), Long.toString(alice.id()))).isPresent();
        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome).containsExactly(
                AttemptOutcome.FAILED, AttemptOutcome.RETRYING, AttemptOutcome.FAILED);
        assertThat(world.task(task.id()).lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("forbidden: "));
    }

    @Test
    void onlyFailedOrUnknownTasksCanBeReDriven() {
        Notification task = world.submit(alice.id(), "waiting");

        assertThat(retry.retry(TENANT, task.id())).isEqualTo(new TaskChange.NotAllowed(NotificationStatus.PENDING,
                "a pending task cannot be retried"));
    }

    private NotificationRequest keyed(String tenant, String key, String text) {
        NotificationRequest plain = request(alice.id(), text);
        return new NotificationRequest(tenant, plain.message(), plain.sendAt(), plain.priority(), plain.bot(),
                Optional.of(key));
    }
}
