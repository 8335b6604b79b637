package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.model.notify.UnknownPolicy;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SentBotMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryAmbiguityTest {

    private static final Duration PAST_THE_LEASE = DeliveryPolicy.defaults().lease().plusSeconds(1);
    private static final BotApiError.Transport TIMED_OUT = new BotApiError.Transport("read timed out", true);

    private final NotifyWorld world = new NotifyWorld();
    private final SandboxChat alice = world.privateChat("alice");

    @Test
    void aSendThatMayHaveArrivedMakesTheTaskUnknownAndItIsNeverResent() {
        world.botApi.loseReplyOfNext(TIMED_OUT);
        Notification task = world.submit(alice.id(), "pay invoice 77");

        world.worker().runOnce();
        world.clock.advance(Duration.ofHours(1));
        world.worker().runOnce();

        Notification unknown = world.task(task.id());
        assertThat(unknown.status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(unknown.lastError()).contains("transport: read timed out (the message may have arrived)");
        assertThat(world.sentTo(alice.id())).as("it did arrive, once").hasSize(1);
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome).containsExactly(AttemptOutcome.UNKNOWN);
        assertThat(world.codec.of(task.id())).singleElement()
                .satisfies(event -> assertThat(event.status()).isEqualTo(NotificationStatus.UNKNOWN));
    }

    @Test
    void underTheResendPolicyTheMessageIsSentAgainAndMayArriveTwice() {
        world.policy = DeliveryPolicy.defaults().withOnUnknown(UnknownPolicy.RESEND);
        world.botApi.loseReplyOfNext(TIMED_OUT);
        Notification task = world.submit(alice.id(), "server down");

        world.deliverAll(Duration.ofMinutes(1));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(alice.id())).extracting(SentBotMessage::text).containsExactly("server down", "server down");
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome)
                .containsExactly(AttemptOutcome.RETRYING, AttemptOutcome.DELIVERED);
        assertThat(world.attemptsOf(task.id()).getFirst().error()).hasValueSatisfying(e -> assertThat(e)
                .endsWith("(the message may have arrived) (resent by policy)"));
    }

    @Test
    void aTaskCanAskForResendUnderTheSurfacingDefault() {
        world.botApi.loseReplyOfNext(TIMED_OUT);
        Notification task = world.create.create(NotifyWorld.request(alice.id(), "at least once"),
                Optional.of(UnknownPolicy.RESEND)).task();

        world.deliverAll(Duration.ofMinutes(1));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.state.snapshot()).containsEntry("unknown-policy:" + task.id(), "resend");
    }

    @Test
    void aTaskCanRefuseResendUnderAResendingDefault() {
        world.policy = DeliveryPolicy.defaults().withOnUnknown(UnknownPolicy.RESEND);
        world.botApi.loseReplyOfNext(TIMED_OUT);
        Notification task = world.create.create(NotifyWorld.request(alice.id(), "pay 100 EUR"),
                Optional.of(UnknownPolicy.SURFACE)).task();

        world.deliverAll(Duration.ofMinutes(1));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(world.sentTo(alice.id())).hasSize(1);
    }

    @Test
    void aWorkerThatDiedMidSendLeavesATaskThatTheNextClaimMakesUnknown() {
        world.botApi.crashAfterNext();
        Notification task = world.submit(alice.id(), "transfer approved");

        assertThatThrownBy(() -> world.worker().runOnce()).isInstanceOf(SimulatedCrash.class);
        Notification orphan = world.task(task.id());
        assertThat(orphan.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(orphan.attempts()).isEqualTo(1);
        assertThat(world.attemptsOf(task.id())).isEmpty();

        world.clock.advance(PAST_THE_LEASE);
        world.worker().runOnce();

        Notification unknown = world.task(task.id());
        assertThat(unknown.status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(unknown.lastError()).contains("interrupted: the worker stopped while sending part 1; Telegram may "
                + "or may not have it");
        assertThat(world.attemptsOf(task.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.attemptNo()).isEqualTo(1);
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.UNKNOWN);
        });
        assertThat(world.sentTo(alice.id())).hasSize(1);
    }

    @Test
    void aWorkerThatDiedBeforeSendingLeavesATaskThatIsSentExactlyOnce() {
        Notification task = world.submit(alice.id(), "claimed, then the process died");
        world.tasks.claimDue(world.clock.instant(), 10, "dead-worker", DeliveryPolicy.defaults().lease());

        world.worker().runOnce();
        assertThat(world.sentTo(alice.id())).as("still leased to the dead worker").isEmpty();
        world.clock.advance(PAST_THE_LEASE);
        world.worker().runOnce();

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(alice.id())).hasSize(1);
    }

    @Test
    void aWorkerThatDiedAfterRecordingADeliveredPartLeavesItsMessageIdAndNothingIsSentTwice() {
        SandboxChat team = world.group("Team");
        String text = "one ".repeat(1500) + "\n\n" + "two ".repeat(1500);
        Notification task = world.submit(team.id(), text);
        world.attempts = new CrashingAttempts(world.attemptLog);

        assertThatThrownBy(() -> world.worker().runOnce()).isInstanceOf(SimulatedCrash.class);
        assertThat(world.task(task.id()).partsSent()).as("the save after the send never happened").isEmpty();

        world.attempts = world.attemptLog;
        world.clock.advance(PAST_THE_LEASE);
        world.worker().runOnce();

        List<SentBotMessage> sent = world.sentTo(team.id());
        assertThat(sent).extracting(SentBotMessage::text).containsExactlyElementsOf(TextSplitter.split(text));
        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.task(task.id()).partsSent()).containsExactlyElementsOf(
                sent.stream().map(SentBotMessage::messageId).toList());
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome).containsOnly(AttemptOutcome.DELIVERED);
    }

    @Test
    void aWorkerThatDiedMidSendUnderTheResendPolicySendsAgain() {
        world.policy = DeliveryPolicy.defaults().withOnUnknown(UnknownPolicy.RESEND);
        world.botApi.crashAfterNext();
        Notification task = world.submit(alice.id(), "at least once");
        assertThatThrownBy(() -> world.worker().runOnce()).isInstanceOf(SimulatedCrash.class);

        world.clock.advance(PAST_THE_LEASE);
        world.deliverAll(Duration.ofMinutes(1));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(alice.id())).hasSize(2);
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::attemptNo, DeliveryAttempt::outcome)
                .containsExactly(tuple(1, AttemptOutcome.RETRYING),
                        tuple(2, AttemptOutcome.DELIVERED));
    }

    @Test
    void aPersonCanReDriveAnUnknownTaskAndItIsSentFromTheUnconfirmedPart() {
        world.botApi.loseReplyOfNext(TIMED_OUT);
        Notification task = world.submit(alice.id(), "check this");
        world.worker().runOnce();
        RetryNotificationService retry = new RetryNotificationService(world.tasks, world.bots, world.recipients,
                world.clock);

        assertThat(retry.retry(NotifyWorld.TENANT, task.id())).isInstanceOf(TaskChange.Changed.class);
        world.worker().runOnce();
        world.clock.advance(Duration.ofSeconds(1));
        world.worker().runOnce();

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(alice.id())).hasSize(2);
        assertThat(world.codec.of(task.id())).extracting(e -> e.status())
                .containsExactly(NotificationStatus.UNKNOWN, NotificationStatus.DELIVERED);
    }

    @Test
    void aWorkerThatOutlivedItsLeaseLosesTheTaskAndNothingIsSentTwice() {
        Notification task = world.submit(alice.id(), "slow network");
        world.botApi.beforeSend(message -> {
            world.botApi.beforeSend(m -> { });
            world.clock.advance(PAST_THE_LEASE);
            world.worker().runOnce();
        });

        world.worker().runOnce();

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(world.sentTo(alice.id())).hasSize(1);
        assertThat(world.attemptsOf(task.id())).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.UNKNOWN));
    }
}
