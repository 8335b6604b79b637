package io.telegate.bench;

import io.telegate.adapters.json.JsonCodecs;
import io.telegate.adapters.telegram.bot.BotApiClient;
import io.telegate.adapters.telegram.bot.BotApiConfig;
import io.telegate.adapters.telegram.bot.BotApiHttpClients;
import io.telegate.core.notify.BotDirectory;
import io.telegate.core.notify.CreateNotificationService;
import io.telegate.core.notify.DeliveryService;
import io.telegate.core.notify.DeliveryWorker;
import io.telegate.core.notify.NotificationEvents;
import io.telegate.core.notify.NotificationRules;
import io.telegate.core.notify.NotificationValidator;
import io.telegate.core.time.Pause;
import io.telegate.core.notify.RateLimiters;
import io.telegate.core.notify.Recipients;
import io.telegate.core.notify.UnknownPolicies;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.out.TaskStore;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.attempts.InMemoryDeliveryAttempts;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryStateStore;
import io.telegate.testkit.tasks.InMemoryTaskStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The Telegate side of the notifier benchmark: the notifier core as an app wires it (create service, delivery
 * workers, per-bot rate limiters) with the real Bot API client over HTTP to the emulator; the stores are in memory
 * (tasks in the {@link IndexedTaskStore} unless the settings say otherwise, the rest the test kit's). Tasks are
 * created on one thread while the workers already run, as an API would hand them in.
 */
final class TelegateNotifierRun {

    private static final String TENANT = "bench";

    private final TelegramSandbox sandbox;
    private final URI emulator;
    private final TelegateSettings settings;
    private final Duration timeout;

    TelegateNotifierRun(TelegramSandbox sandbox, URI emulator, TelegateSettings settings, Duration timeout) {
        this.sandbox = sandbox;
        this.emulator = emulator;
        this.settings = settings;
        this.timeout = timeout;
    }

    RunResult run(NotifierWorkload workload, NotifierWorkload.Fleet fleet) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        BotApiConfig config = BotApiConfig.defaults(emulator)
                .withMaxInFlight(Math.max(BotApiConfig.DEFAULT_MAX_IN_FLIGHT, settings.workers()));
        OkHttpClient http = BotApiHttpClients.create(config);
        TaskStore tasks = settings.testkitStore() ? new InMemoryTaskStore() : new IndexedTaskStore();
        CountingBotApi botApi = new CountingBotApi(new BotApiClient(http, config));
        FinishedTasks finished = new FinishedTasks(workload.tasks());
        BotDirectory bots = directory(fleet);
        InMemoryStateStore state = new InMemoryStateStore(clock);
        UnknownPolicies unknownPolicies = new UnknownPolicies(state);
        DeliveryService delivery = new DeliveryService(tasks, new InMemoryDeliveryAttempts(), botApi, bots,
                new Recipients(state, clock), unknownPolicies, new RateLimiters(clock, settings.limits()),
                new NotificationEvents(finished, JsonCodecs.notificationEvents()), new InMemoryMetrics(),
                settings.policy(), clock);
        CreateNotificationService create = new CreateNotificationService(tasks,
                new NotificationValidator(bots, NotificationRules.defaults(), clock), unknownPolicies, clock);
        Workers workers = new Workers(tasks, delivery, clock);
        try {
            long start = System.nanoTime();
            List<String> ids = createAll(create, workload, fleet);
            double createSeconds = (System.nanoTime() - start) / 1e9;
            if (!finished.await(timeout)) {
                System.err.printf("Telegate: only %,d of %,d tasks finished within %s%n",
                        finished.finished(workload.tasks()), workload.tasks(), timeout);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Percentiles latency = new Percentiles(latencies(tasks, ids));
            return new RunResult("Telegate (notifier core + BotApiClient)", finished.delivered(),
                    finished.finished(workload.tasks()) - finished.delivered(), seconds,
                    SentRates.of(sandbox, fleet.tokens()), botApi.retryAfters(), latency.at(0.5), latency.at(0.99),
                    notes(tasks, createSeconds, finished.delivered()));
        } finally {
            workers.stop();
            BotApiHttpClients.shutdown(http);
        }
    }

    /** The delivery worker threads of one run, started at once. */
    private final class Workers {

        private final List<DeliveryWorker> workers = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();

        Workers(TaskStore tasks, DeliveryService delivery, Clock clock) {
            for (int w = 0; w < settings.workers(); w++) {
                DeliveryWorker worker = new DeliveryWorker(tasks, delivery, settings.policy(), Pause.sleeping(),
                        clock, "bench-" + w);
                workers.add(worker);
                threads.add(Thread.ofPlatform().name("delivery-" + w).start(worker::run));
            }
        }

        /** Stops every worker (a send under way is interrupted) and waits a little for its thread to end. */
        void stop() throws InterruptedException {
            workers.forEach(DeliveryWorker::stop);
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(5));
            }
        }
    }

    private static BotDirectory directory(NotifierWorkload.Fleet fleet) {
        Map<String, BotToken> named = new HashMap<>();
        for (int i = 0; i < fleet.tokens().size(); i++) {
            named.put(botName(i), fleet.tokens().get(i));
        }
        return new BotDirectory(named, botName(0));
    }

    private static List<String> createAll(CreateNotificationService create, NotifierWorkload workload,
                                          NotifierWorkload.Fleet fleet) {
        List<String> ids = new ArrayList<>(workload.tasks());
        for (int i = 0; i < workload.tasks(); i++) {
            String chat = Long.toString(fleet.chatIds().get(workload.chatOf(i)));
            NotificationRequest request = new NotificationRequest(TENANT,
                    OutgoingMessage.plain(chat, NotifierWorkload.text(i)), Optional.empty(), Priority.NORMAL,
                    Optional.of(botName(workload.botOf(i))), Optional.empty());
            ids.add(switch (create.create(request, Optional.empty())) {
                case CreateOutcome.Created created -> created.task().id();
                case CreateOutcome.Duplicate duplicate -> throw new IllegalStateException("duplicate task " + i);
            });
        }
        return ids;
    }

    /** Milliseconds from creation to delivery of every delivered task, from the task store's own timestamps. */
    private static double[] latencies(TaskStore tasks, List<String> ids) {
        return ids.stream()
                .map(id -> tasks.find(TENANT, id).orElseThrow())
                .filter(task -> task.status() == NotificationStatus.DELIVERED)
                .mapToDouble(TelegateNotifierRun::millis)
                .toArray();
    }

    private static double millis(Notification task) {
        return Duration.between(task.createdAt(), task.updatedAt()).toNanos() / 1e6;
    }

    private static String notes(TaskStore tasks, double createSeconds, long delivered) {
        String notes = String.format("all tasks created after %.1f s", createSeconds);
        if (tasks instanceof IndexedTaskStore indexed && delivered > 0) {
            notes += String.format("; tasks were claimed %,d times, %.1f claims per delivered message (a task the "
                    + "rate limiter defers goes back to pending and is claimed again)", indexed.claims(),
                    indexed.claims() / (double) delivered);
        }
        return notes;
    }

    private static String botName(int index) {
        return "bot-" + index;
    }
}
