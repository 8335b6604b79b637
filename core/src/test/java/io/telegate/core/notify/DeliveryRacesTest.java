package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SandboxLimits;
import io.telegate.sandbox.SentBotMessage;
import io.telegate.testkit.fixtures.Concurrently;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryRacesTest {

    private final NotifyWorld world = new NotifyWorld();
    private final CancelNotificationService cancel = new CancelNotificationService(world.tasks, world.events, world.clock);
    private final UpdateNotificationService update = new UpdateNotificationService(world.tasks, world.validator,
            world.clock);
    private final SandboxChat alice = world.privateChat("alice");

    @Test
    void aTaskCancelledBeforeAnyWorkerClaimedItIsNeverSent() {
        Notification task = world.submit(alice.id(), "never mind");

        assertThat(cancel.cancel(NotifyWorld.TENANT, task.id())).isInstanceOf(TaskChange.Changed.class);
        assertThat(world.worker().runOnce()).isZero();

        assertThat(world.sentTo(alice.id())).isEmpty();
        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
    }

    @Test
    void aCancelWhileTheWorkerIsSendingIsRefusedAndTheTaskIsDelivered() {
        Notification task = world.submit(alice.id(), "on its way");
        AtomicReference<TaskChange> answer = new AtomicReference<>();
        world.botApi.beforeSend(message -> answer.set(cancel.cancel(NotifyWorld.TENANT, task.id())));

        world.worker().runOnce();

        assertThat(answer.get()).isInstanceOfSatisfying(TaskChange.NotAllowed.class,
                refused -> assertThat(refused.status()).isEqualTo(NotificationStatus.SENDING));
        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
    }

    @Test
    void aCancelOfATaskWaitingForItsRetryStopsIt() {
        world.botApi.failNext(new BotApiError.Transport("reset", false));
        Notification task = world.submit(alice.id(), "retry me");
        world.worker().runOnce();

        assertThat(cancel.cancel(NotifyWorld.TENANT, task.id())).isInstanceOf(TaskChange.Changed.class);
        world.clock.advance(Duration.ofMinutes(10));
        world.worker().runOnce();

        assertThat(world.sentTo(alice.id())).isEmpty();
    }

    @Test
    void anUpdateSavedBeforeTheClaimIsWhatGetsSent() {
        Notification task = world.submit(alice.id(), "old words");

        assertThat(update.update(NotifyWorld.TENANT, task.id(), NotificationChanges.none().withText("new words")))
                .isInstanceOf(TaskChange.Changed.class);
        world.worker().runOnce();

        assertThat(world.sentTo(alice.id())).extracting(SentBotMessage::text).containsExactly("new words");
    }

    @Test
    void anUpdateWhileTheWorkerIsSendingIsRefused() {
        Notification task = world.submit(alice.id(), "old words");
        AtomicReference<TaskChange> answer = new AtomicReference<>();
        world.botApi.beforeSend(message -> answer.set(update.update(NotifyWorld.TENANT, task.id(),
                NotificationChanges.none().withText("too late"))));

        world.worker().runOnce();

        assertThat(answer.get()).isInstanceOf(TaskChange.NotAllowed.class);
        assertThat(world.sentTo(alice.id())).extracting(SentBotMessage::text).containsExactly("old words");
    }

    @Test
    void cancelsRacingTwoWorkersNeverLetACancelledTaskBeSentAndNeverSendTwice() {
        world.sandbox.limits(SandboxLimits.off());
        world.limiters = new RateLimiters(world.clock, new RateLimits(100_000, 1, 100_000));
        world.policy = DeliveryPolicy.defaults().withBatchSize(5);
        List<SandboxChat> chats = IntStream.range(0, 150).mapToObj(i -> world.privateChat("racer_" + i)).toList();
        List<Notification> tasks = chats.stream().map(chat -> world.submit(chat.id(), "to " + chat.id())).toList();
        List<Notification> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, new Random(3));
        Map<String, TaskChange> answers = new ConcurrentHashMap<>();
        DeliveryWorker first = world.worker();
        DeliveryWorker second = world.worker();

        Concurrently.run(3, thread -> {
            if (thread == 2) {
                shuffled.forEach(task -> answers.put(task.id(), cancel.cancel(NotifyWorld.TENANT, task.id())));
            } else {
                DeliveryWorker worker = thread == 0 ? first : second;
                while (worker.runOnce() > 0) {
                    Thread.onSpinWait();
                }
            }
        });
        world.deliverAll(Duration.ofMinutes(1));

        Map<Long, Long> sentPerChat = world.sent().stream()
                .collect(Collectors.groupingBy(SentBotMessage::chatId, Collectors.counting()));
        for (Notification task : tasks) {
            long chat = Long.parseLong(task.request().message().chatId());
            Notification end = world.task(task.id());
            if (answers.get(task.id()) instanceof TaskChange.Changed) {
                assertThat(end.status()).isEqualTo(NotificationStatus.CANCELLED);
                assertThat(sentPerChat).doesNotContainKey(chat);
            } else {
                assertThat(end.status()).isEqualTo(NotificationStatus.DELIVERED);
                assertThat(sentPerChat.get(chat)).isEqualTo(1L);
            }
        }
        assertThat(answers).hasSize(150);
    }
}
