package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.out.BotApi;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SentBotMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryRateLimitTest {

    private final NotifyWorld world = new NotifyWorld();

    @Test
    void a429ReschedulesTheTaskPausesTheBotAndCountsNoFailure() {
        SandboxChat alice = world.privateChat("alice");
        SandboxChat bob = world.privateChat("bob_the_user");
        useUpTheBotsBudgetFromAnotherProcess();
        Notification first = world.submit(alice.id(), "to alice");
        Instant now = world.clock.instant();

        world.worker().runOnce();

        Notification waiting = world.task(first.id());
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        assertThat(waiting.lastError()).isEmpty();
        assertThat(world.attemptsOf(first.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.RATE_LIMITED);
            assertThat(attempt.error()).hasValueSatisfying(e -> assertThat(e).startsWith("rate_limited: Too Many"));
        });
        assertThat(world.limiters.forBot(world.token.botId()).botPausedUntil()).isEqualTo(now.plusSeconds(1));

        int callsSoFar = world.botApi.sendCalls();
        Notification second = world.submit(bob.id(), "to bob");
        world.worker().runOnce();
        assertThat(world.botApi.sendCalls()).as("the paused bot does not call Telegram").isEqualTo(callsSoFar);
        assertThat(world.task(second.id()).nextAttemptAt()).isEqualTo(now.plusSeconds(1));

        world.clock.advance(Duration.ofSeconds(1));
        world.worker().runOnce();
        assertThat(world.task(first.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.task(second.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
    }

    @Test
    void rateLimitedAttemptsDoNotEatTheRetryBudget() {
        world.policy = DeliveryPolicy.defaults().withMaxAttempts(2);
        SandboxChat alice = world.privateChat("alice");
        for (int i = 0; i < 3; i++) {
            world.botApi.failNext(new BotApiError.RetryAfter(Duration.ofSeconds(1), "Too Many Requests: retry after 1"));
        }
        world.botApi.failNext(new BotApiError.Transport("connection reset", false));
        Notification task = world.submit(alice.id(), "hello");

        world.deliverAll(Duration.ofMinutes(1));

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.attemptsOf(task.id())).extracting(DeliveryAttempt::outcome).containsExactly(
                AttemptOutcome.RATE_LIMITED, AttemptOutcome.RATE_LIMITED, AttemptOutcome.RATE_LIMITED,
                AttemptOutcome.RETRYING, AttemptOutcome.DELIVERED);
    }

    @Test
    void aBusyQueueKeepsOneMessageASecondPerPrivateChatAndThirtyASecondOverallWithoutA429() {
        List<SandboxChat> chats = IntStream.range(0, 60).mapToObj(i -> world.privateChat("user_" + i)).toList();
        for (int round = 0; round < 3; round++) {
            for (SandboxChat chat : chats) {
                world.submit(chat.id(), "round " + round + " to " + chat.id());
            }
        }

        world.deliverAll(Duration.ofSeconds(30));

        List<SentBotMessage> sent = world.sent();
        assertThat(sent).hasSize(180);
        assertThat(world.metrics.count("telegate.notify.attempts", "outcome", "rate_limited")).isZero();
        assertThat(perSecond(sent, m -> m.date())).allSatisfy((second, count) -> assertThat(count).isLessThanOrEqualTo(30));
        Map<Long, List<SentBotMessage>> byChat = sent.stream().collect(Collectors.groupingBy(SentBotMessage::chatId));
        byChat.values().forEach(messages -> {
            assertThat(perSecond(messages, m -> m.date())).allSatisfy((second, count) -> assertThat(count).isEqualTo(1));
            String chat = Long.toString(messages.getFirst().chatId());
            assertThat(messages).extracting(SentBotMessage::text).containsExactlyInAnyOrder(
                    "round 0 to " + chat, "round 1 to " + chat, "round 2 to " + chat);
        });
        assertThat(sent.getLast().date()).isBefore(NotifyWorld.START.plusSeconds(8));
    }

    @Test
    void aGroupGetsTwentyMessagesAMinuteAndTheRestTheMinuteAfterWithoutA429() {
        SandboxChat team = world.group("Team");
        IntStream.range(0, 25).forEach(i -> world.submit(team.id(), "news " + i));

        world.deliverAll(Duration.ofMinutes(3));

        List<SentBotMessage> sent = world.sentTo(team.id());
        assertThat(sent).hasSize(25);
        assertThat(world.metrics.count("telegate.notify.attempts", "outcome", "rate_limited")).isZero();
        assertThat(sent.subList(0, 20)).allSatisfy(m -> assertThat(m.date()).isBefore(NotifyWorld.START.plusSeconds(60)));
        assertThat(sent.subList(20, 25)).allSatisfy(m -> assertThat(m.date()).isAfterOrEqualTo(NotifyWorld.START.plusSeconds(60)));
    }

    /** Another process sending with the same token takes the whole second's budget. */
    private void useUpTheBotsBudgetFromAnotherProcess() {
        BotApi direct = world.sandbox.botApi();
        IntStream.range(0, 30).forEach(i -> direct.sendMessage(world.token,
                OutgoingMessage.plain(Long.toString(world.privateChat("other_" + i).id()), "from elsewhere")));
    }

    private static <T> Map<Instant, Long> perSecond(List<T> items, Function<T, Instant> date) {
        return items.stream().collect(Collectors.groupingBy(date, Collectors.counting()));
    }
}
