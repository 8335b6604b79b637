package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SentBotMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DeliveryErrorsTest {

    private final NotifyWorld world = new NotifyWorld();

    @Test
    void aBlockedBotFailsTheTaskMarksTheRecipientAndTheNextTaskFailsWithoutCallingTelegram() {
        SandboxChat alice = world.privateChat("alice");
        world.sandbox.blockBot(alice.id(), world.token);
        Notification first = world.submit(alice.id(), "one");

        world.worker().runOnce();

        assertThat(world.task(first.id()).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(world.task(first.id()).lastError()).contains("forbidden: Forbidden: bot was blocked by the user");
        assertThat(world.recipients.unreachable(world.token.botId(), Long.toString(alice.id())))
                .hasValueSatisfying(mark -> assertThat(mark.reason()).isEqualTo("Forbidden: bot was blocked by the user"));
        assertThat(world.codec.of(first.id())).singleElement()
                .satisfies(event -> assertThat(event.error()).contains("forbidden: Forbidden: bot was blocked by the user"));

        Notification second = world.submit(alice.id(), "two");
        world.worker().runOnce();

        assertThat(world.botApi.sendCalls()).isEqualTo(1);
        assertThat(world.task(second.id()).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(world.task(second.id()).lastError()).hasValueSatisfying(error -> assertThat(error)
                .startsWith("recipient_unreachable: Forbidden: bot was blocked by the user (since "));
        assertThat(world.attemptsOf(second.id())).isEmpty();
    }

    @Test
    void aChatThatDoesNotExistFailsAndIsMarked() {
        Notification task = world.submit(987654321L, "hello?");

        world.worker().runOnce();

        assertThat(world.task(task.id()).lastError()).contains("chat_not_found: Bad Request: chat not found");
        assertThat(world.recipients.unreachable(world.token.botId(), "987654321")).isPresent();
    }

    @Test
    void aGroupThatBecameASupergroupIsFollowedAndRemembered() {
        SandboxChat group = world.group("Team");
        SandboxChat supergroup = world.sandbox.migrate(Long.toString(group.id()));
        Notification first = world.submit(group.id(), "release 2.0 is out");

        world.worker().runOnce();

        assertThat(world.task(first.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(supergroup.id())).extracting(SentBotMessage::text).containsExactly("release 2.0 is out");
        assertThat(world.attemptsOf(first.id())).extracting(DeliveryAttempt::outcome)
                .containsExactly(AttemptOutcome.CHAT_MIGRATED, AttemptOutcome.DELIVERED);
        assertThat(world.codec.of(first.id()).getFirst().chatId()).isEqualTo(Long.toString(supergroup.id()));
        assertThat(world.state.snapshot()).containsEntry("migrated:" + world.token.botId() + ":" + group.id(),
                Long.toString(supergroup.id()));

        Notification second = world.submit(group.id(), "release 2.1 is out");
        int calls = world.botApi.sendCalls();
        world.worker().runOnce();

        assertThat(world.botApi.sendCalls()).isEqualTo(calls + 1);
        assertThat(world.task(second.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(supergroup.id())).hasSize(2);
    }

    @Test
    void transientErrorsAreRetriedWithGrowingBackoffThenTheTaskFails() {
        world.policy = DeliveryPolicy.defaults().withMaxAttempts(3);
        SandboxChat alice = world.privateChat("alice");
        for (int i = 0; i < 3; i++) {
            world.botApi.failNext(new BotApiError.Transport("connection refused", false));
        }
        Notification task = world.submit(alice.id(), "hello");

        Duration first = failAndMeasureWait(task);
        Duration second = failAndMeasureWait(task);
        world.worker().runOnce();

        assertThat(first).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2400));
        assertThat(second).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4800));
        Notification failed = world.task(task.id());
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.lastError()).contains("retries_exhausted: 3 attempts failed in a row; last: transport: "
                + "connection refused");
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome)
                .containsExactly(AttemptOutcome.RETRYING, AttemptOutcome.RETRYING, AttemptOutcome.FAILED);
        assertThat(world.sentTo(alice.id())).isEmpty();
    }

    @Test
    void aTransientErrorFollowedBySuccessDelivers() {
        SandboxChat alice = world.privateChat("alice");
        world.botApi.failNext(new BotApiError.Transport("HTTP 502 Bad Gateway", false));
        Notification task = world.submit(alice.id(), "hello");

        world.deliverAll(Duration.ofSeconds(30));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.sentTo(alice.id())).hasSize(1);
    }

    @Test
    void aRequestTelegramRejectsFailsAtOnceWithoutMarkingTheRecipient() {
        SandboxChat alice = world.privateChat("alice");
        NotificationRequest broken = new NotificationRequest(NotifyWorld.TENANT, new OutgoingMessage(
                Long.toString(alice.id()), "<b>unclosed", Optional.of("HTML"), List.of(), false, OptionalLong.empty()),
                Optional.empty(), Priority.NORMAL, Optional.empty(), Optional.empty());
        Notification task = world.submit(broken);

        world.worker().runOnce();

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(world.task(task.id()).lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("bad_request: "));
        assertThat(world.recipients.unreachable(world.token.botId(), Long.toString(alice.id()))).isEmpty();
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome).containsExactly(AttemptOutcome.FAILED);
    }

    @Test
    void aRefusedTokenFailsTheTaskWithoutTheTokenAppearingAnywhere() {
        BotToken revoked = new BotToken("7999999999:RevokedSecretValue123");
        SandboxChat alice = world.privateChat("alice");
        DeliveryService delivery = new DeliveryService(world.tasks, world.attemptLog, world.botApi,
                new BotDirectory(Map.of("ghost", revoked), "ghost"), world.recipients, world.unknownPolicies,
                world.limiters, world.events, world.metrics, world.policy, world.clock);
        Notification task = world.tasks.insert(NotificationTask.create("t-ghost",
                NotifyWorld.request(alice.id(), "hello"), world.clock.instant()));

        delivery.deliver(world.tasks.claimDue(world.clock.instant(), 1, "w", Duration.ofMinutes(1)).getFirst());

        Notification failed = world.task(task.id());
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                .startsWith("unauthorized: Telegram refused the token of bot 'ghost'").doesNotContain("RevokedSecret"));
        assertThat(world.codec.events().toString()).doesNotContain("RevokedSecret");
        assertThat(world.attemptLog.forTask(task.id()).toString()).doesNotContain("RevokedSecret");
    }

    @Test
    void anAdapterThatThrowsSomethingElseCountsAsPossiblyArrivedAndItsMessageIsMasked() {
        SandboxChat alice = world.privateChat("alice");
        world.botApi.throwNext(new IllegalStateException("stream closed: https://api.telegram.org/bot"
                + world.token.value() + "/sendMessage"));
        Notification task = world.submit(alice.id(), "hello");

        world.worker().runOnce();

        Notification unknown = world.task(task.id());
        assertThat(unknown.status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(unknown.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("IllegalStateException: stream closed").contains(world.token.toString())
                .doesNotContain(world.token.value()));
    }

    @Test
    void aNotificationForABotNoLongerConfiguredFails() {
        Notification task = world.tasks.insert(NotificationTask.create("t-old", new NotificationRequest(
                NotifyWorld.TENANT, OutgoingMessage.plain("42", "hi"), Optional.empty(), Priority.NORMAL,
                Optional.of("retired"), Optional.empty()), world.clock.instant()));

        world.worker().runOnce();

        assertThat(world.task(task.id()).lastError()).contains("unknown_bot: no bot named 'retired' is configured");
        assertThat(world.botApi.sendCalls()).isZero();
    }

    private Duration failAndMeasureWait(Notification task) {
        world.worker().runOnce();
        Notification waiting = world.task(task.id());
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        Duration wait = Duration.between(world.clock.instant(), waiting.nextAttemptAt());
        world.clock.set(waiting.nextAttemptAt());
        return wait;
    }

}
