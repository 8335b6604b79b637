package io.telegate.core.notify;

import static io.telegate.core.notify.NotifyWorld.request;
import static io.telegate.core.notify.NotifyWorld.withPriority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.InlineButton;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryWorkerTest {

    private final NotifyWorld world = new NotifyWorld();

    @Test
    void aCreatedNotificationIsDeliveredWithTheTelegramMessageId() {
        SandboxChat alice = world.privateChat("alice");
        Notification task = world.submit(alice.id(), "Build 1432 is green");

        assertThat(world.worker().runOnce()).isEqualTo(1);

        SentBotMessage sent = world.sentTo(alice.id()).getFirst();
        Notification delivered = world.task(task.id());
        assertThat(sent.text()).isEqualTo("Build 1432 is green");
        assertThat(delivered.status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(delivered.partsSent()).containsExactly(sent.messageId());
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(world.attemptsOf(task.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
            assertThat(attempt.telegramMessageId()).hasValue(sent.messageId());
            assertThat(attempt.attemptNo()).isEqualTo(1);
            assertThat(attempt.partNo()).isEqualTo(1);
        });
    }

    @Test
    void aTaskIsNotSentBeforeItsSendTime() {
        SandboxChat alice = world.privateChat("alice");
        NotificationRequest later = new NotificationRequest(NotifyWorld.TENANT,
                OutgoingMessage.plain(Long.toString(alice.id()), "later"), Optional.of(NotifyWorld.START.plusSeconds(60)),
                Priority.NORMAL, Optional.empty(), Optional.empty());
        Notification task = world.submit(later);

        assertThat(world.worker().runOnce()).isZero();
        world.clock.advance(Duration.ofSeconds(60));
        assertThat(world.worker().runOnce()).isEqualTo(1);

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
    }

    @Test
    void aLongTextGoesOutInPartsInOrderOnePerSecondToAPrivateChatWithTheKeyboardOnTheLast() {
        SandboxChat alice = world.privateChat("alice");
        String text = "first paragraph ".repeat(200) + "\n\n" + "second ".repeat(600) + "\n\n" + "third ".repeat(500);
        List<String> parts = TextSplitter.split(text);
        List<List<InlineButton>> keyboard = List.of(List.of(InlineButton.callback("Ack", "ack")));
        NotificationRequest request = new NotificationRequest(NotifyWorld.TENANT, new OutgoingMessage(
                Long.toString(alice.id()), text, Optional.empty(), keyboard, false, OptionalLong.empty()),
                Optional.empty(), Priority.NORMAL, Optional.empty(), Optional.empty());
        Notification task = world.submit(request);

        world.deliverAll(Duration.ofSeconds(10));

        List<SentBotMessage> sent = world.sentTo(alice.id());
        assertThat(parts).hasSize(3);
        assertThat(sent).extracting(SentBotMessage::text).containsExactlyElementsOf(parts);
        assertThat(sent).extracting(m -> m.keyboard().isEmpty()).containsExactly(true, true, false);
        assertThat(sent.get(1).date()).isAfterOrEqualTo(sent.get(0).date().plusSeconds(1));
        assertThat(world.task(task.id()).partsSent()).containsExactlyElementsOf(
                sent.stream().map(SentBotMessage::messageId).toList());
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::partNo).containsExactly(1, 2, 3);
    }

    @Test
    void afterAFailedPartDeliveryResumesAtThatPartWithoutResendingEarlierOnes() {
        SandboxChat team = world.group("Team");
        String text = "alpha ".repeat(700) + "\n\n" + "beta ".repeat(800) + "\n\n" + "gamma ".repeat(300);
        List<String> parts = TextSplitter.split(text);
        Notification task = world.submit(team.id(), text);
        world.botApi.passNext().failNext(new BotApiError.Transport("connection reset", false));

        world.worker().runOnce();

        Notification halfway = world.task(task.id());
        assertThat(halfway.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(halfway.lastError()).contains("transport: connection reset");
        assertThat(world.sentTo(team.id())).extracting(SentBotMessage::text).containsExactly(parts.get(0));
        assertThat(halfway.partsSent()).containsExactly(world.sentTo(team.id()).getFirst().messageId());

        world.deliverAll(Duration.ofMinutes(1));

        assertThat(parts).hasSize(3);
        assertThat(world.sentTo(team.id())).extracting(SentBotMessage::text).containsExactlyElementsOf(parts);
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::partNo, DeliveryAttempt::outcome)
                .containsExactly(tuple(1, AttemptOutcome.DELIVERED), tuple(2, AttemptOutcome.RETRYING),
                        tuple(2, AttemptOutcome.DELIVERED), tuple(3, AttemptOutcome.DELIVERED));
    }

    @Test
    void aHighPriorityTaskOvertakesLowOnesWaitingForTheSameChat() {
        SandboxChat alice = world.privateChat("alice");
        for (int i = 1; i <= 3; i++) {
            world.submit(withPriority(request(alice.id(), "low-" + i), Priority.LOW));
        }
        world.worker().runOnce();
        world.clock.advance(Duration.ofMillis(500));
        world.submit(withPriority(request(alice.id(), "urgent"), Priority.HIGH));

        world.deliverAll(Duration.ofSeconds(10));

        assertThat(world.sentTo(alice.id())).extracting(SentBotMessage::text)
                .containsExactly("low-1", "urgent", "low-2", "low-3");
    }

    @Test
    void whenTheBotsBudgetIsShortHighPriorityTasksTakeItFirst() {
        world.policy = DeliveryPolicy.defaults().withBatchSize(50);
        List<SandboxChat> chats = IntStream.range(0, 40)
                .mapToObj(i -> world.privateChat("user_" + i)).toList();
        for (int i = 0; i < 35; i++) {
            world.submit(request(chats.get(i).id(), "normal " + i));
        }
        world.clock.advance(Duration.ofMillis(10));
        for (int i = 35; i < 40; i++) {
            world.submit(withPriority(request(chats.get(i).id(), "high " + i), Priority.HIGH));
        }

        world.worker().runOnce();

        List<String> sent = world.sent().stream().map(SentBotMessage::text).toList();
        assertThat(sent).hasSize(30).startsWith("high 35", "high 36", "high 37", "high 38", "high 39");
    }
}
