package io.telegate.core.notify;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SentBotMessage;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.attempts.InMemoryDeliveryAttempts;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryStateStore;
import io.telegate.testkit.tasks.InMemoryTaskStore;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A sandbox Telegram with one bot, and the notifier's services wired to in-memory ports on a test clock that
 * moves only when a test or the worker's pause moves it.
 */
final class NotifyWorld {

    static final String TENANT = "acme";
    static final String OTHER_TENANT = "globex";
    static final Instant START = Instant.parse("2025-11-10T12:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    final BotToken token = sandbox.createBot("alerts_bot");
    final ScriptedBotApi botApi = new ScriptedBotApi(sandbox.botApi());
    final InMemoryTaskStore tasks = new InMemoryTaskStore();
    final InMemoryDeliveryAttempts attemptLog = new InMemoryDeliveryAttempts();
    final InMemoryStateStore state = new InMemoryStateStore(clock);
    final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    final RecordingNotificationEventCodec codec = new RecordingNotificationEventCodec();
    final InMemoryMetrics metrics = new InMemoryMetrics();
    final BotDirectory bots = new BotDirectory(Map.of("alerts", token), "alerts");
    final Recipients recipients = new Recipients(state, clock);
    final UnknownPolicies unknownPolicies = new UnknownPolicies(state);
    final NotificationEvents events = new NotificationEvents(publisher, codec);
    final NotificationValidator validator = new NotificationValidator(bots, NotificationRules.defaults(), clock);
    final CreateNotificationService create = new CreateNotificationService(tasks, validator, unknownPolicies, clock);
    final NotificationQueryService queries = new NotificationQueryService(tasks, attemptLog);
    private final AtomicInteger workers = new AtomicInteger();
    DeliveryPolicy policy = DeliveryPolicy.defaults();
    RateLimiters limiters = new RateLimiters(clock, RateLimits.telegram());
    DeliveryAttempts attempts = attemptLog;

    DeliveryService delivery() {
        return new DeliveryService(tasks, attempts, botApi, bots, recipients, unknownPolicies, limiters, events,
                metrics, policy, clock, new Random(7));
    }

    /** A new worker (a new process, as far as claims go) whose pauses advance the clock. */
    DeliveryWorker worker() {
        return new DeliveryWorker(tasks, delivery(), policy, clock::advance, clock, "worker-" + workers.incrementAndGet());
    }

    SandboxChat privateChat(String username) {
        return sandbox.createChat(username, username, ChatKind.PRIVATE);
    }

    /** A basic group the bot is a member of. */
    SandboxChat group(String title) {
        SandboxChat group = sandbox.createChat(null, title, ChatKind.GROUP);
        sandbox.addBotToChat(token, Long.toString(group.id()));
        return group;
    }

    static NotificationRequest request(String chatId, String text) {
        return new NotificationRequest(TENANT, OutgoingMessage.plain(chatId, text), Optional.empty(), Priority.NORMAL,
                Optional.empty(), Optional.empty());
    }

    static NotificationRequest request(long chatId, String text) {
        return request(Long.toString(chatId), text);
    }

    static NotificationRequest withPriority(NotificationRequest request, Priority priority) {
        return new NotificationRequest(request.tenant(), request.message(), request.sendAt(), priority, request.bot(),
                request.idempotencyKey());
    }

    /** Creates the task; a millisecond passes, so tasks submitted one after another are created in that order. */
    Notification submit(NotificationRequest request) {
        Notification task = create.create(request).task();
        clock.advance(Duration.ofMillis(1));
        return task;
    }

    Notification submit(long chatId, String text) {
        return submit(request(chatId, text));
    }

    Notification task(String id) {
        return tasks.find(TENANT, id).orElseThrow();
    }

    List<DeliveryAttempt> attemptsOf(String id) {
        return attemptLog.forTask(id);
    }

    List<SentBotMessage> sent() {
        return sandbox.sentBy(token);
    }

    List<SentBotMessage> sentTo(long chatId) {
        return sent().stream().filter(m -> m.chatId() == chatId).toList();
    }

    /**
     * Runs one worker until every task of both tenants is final, never longer than {@code limit} of simulated time:
     * whenever nothing is due, the clock moves to the next 100 ms.
     */
    void deliverAll(Duration limit) {
        DeliveryWorker worker = worker();
        Instant deadline = clock.instant().plus(limit);
        while (hasOpenTasks()) {
            if (!clock.instant().isBefore(deadline)) {
                throw new AssertionError("tasks still open after " + limit + ": " + openTasks());
            }
            if (worker.runOnce() == 0) {
                clock.advance(Duration.ofMillis(100));
            }
        }
    }

    boolean hasOpenTasks() {
        return !openTasks().isEmpty();
    }

    private List<Notification> openTasks() {
        return Stream.of(TENANT, OTHER_TENANT)
                .flatMap(tenant -> tasks.list(TaskQuery.all(tenant, 500)).tasks().stream())
                .filter(t -> !t.status().isFinal()).toList();
    }
}
