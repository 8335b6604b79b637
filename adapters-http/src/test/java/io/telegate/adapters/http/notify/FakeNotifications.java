package io.telegate.adapters.http.notify;

import io.telegate.ports.in.CancelNotificationUseCase;
import io.telegate.ports.in.CreateNotificationUseCase;
import io.telegate.ports.in.GetNotificationUseCase;
import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.in.ListDeliveryAttemptsUseCase;
import io.telegate.ports.in.ListNotificationsUseCase;
import io.telegate.ports.in.RetryNotificationUseCase;
import io.telegate.ports.in.UpdateNotificationUseCase;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.model.notify.UnknownPolicy;
import io.telegate.ports.out.TransientFailure;
import io.telegate.testkit.tasks.InMemoryTaskStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The notification use cases on the test kit's task store, with just enough rules for the routes to be driven
 * through every answer: chat ids must be numeric, only pending tasks change, a text of {@code "db down"} fails
 * as storage would. The core's real rules are tested in the core.
 */
final class FakeNotifications implements CreateNotificationUseCase, GetNotificationUseCase, ListNotificationsUseCase,
        ListDeliveryAttemptsUseCase, UpdateNotificationUseCase, CancelNotificationUseCase, RetryNotificationUseCase {

    final InMemoryTaskStore store = new InMemoryTaskStore();
    final Map<String, List<DeliveryAttempt>> attempts = new ConcurrentHashMap<>();
    final Map<String, UnknownPolicy> policies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Clock clock;

    FakeNotifications(Clock clock) {
        this.clock = clock;
    }

    NotificationUseCases useCases() {
        return new NotificationUseCases(this, this, this, this, this, this, this);
    }

    @Override
    public CreateOutcome create(NotificationRequest request, Optional<UnknownPolicy> onUnknown) {
        if (!request.message().chatId().matches("-?\\d+")) {
            throw new InvalidRequestException(List.of(new FieldError("chat_id", "must be a numeric chat id")));
        }
        if (request.message().text().equals("db down")) {
            throw new TransientFailure("connection refused");
        }
        Notification fresh = new Notification("t-" + ids.incrementAndGet(), request, NotificationStatus.PENDING, 1, 0,
                List.of(), Optional.empty(), clock.instant(), clock.instant(), request.sendAt().orElse(clock.instant()));
        Notification stored = store.insert(fresh);
        onUnknown.ifPresent(policy -> policies.put(stored.id(), policy));
        return stored.id().equals(fresh.id()) ? new CreateOutcome.Created(stored) : new CreateOutcome.Duplicate(stored);
    }

    @Override
    public Optional<Notification> get(String tenant, String taskId) {
        return store.find(tenant, taskId);
    }

    @Override
    public TaskPage list(TaskQuery query) {
        return store.list(query);
    }

    @Override
    public Optional<List<DeliveryAttempt>> attempts(String tenant, String taskId) {
        return store.find(tenant, taskId).map(task -> attempts.getOrDefault(taskId, List.of()));
    }

    @Override
    public TaskChange update(String tenant, String taskId, NotificationChanges changes) {
        return change(tenant, taskId, NotificationStatus.PENDING, task -> {
            OutgoingMessage old = task.request().message();
            OutgoingMessage message = new OutgoingMessage(old.chatId(), changes.text().orElse(old.text()),
                    changes.parseMode().isPresent() ? changes.parseMode().filter(m -> !m.isEmpty()) : old.parseMode(),
                    changes.keyboard().orElse(old.keyboard()), changes.silent().orElse(old.silent()), old.replyTo());
            NotificationRequest r = task.request();
            return next(task, new NotificationRequest(r.tenant(), message, changes.sendAt().or(r::sendAt),
                    changes.priority().orElse(r.priority()), r.bot(), r.idempotencyKey()), task.status());
        });
    }

    @Override
    public TaskChange cancel(String tenant, String taskId) {
        return change(tenant, taskId, NotificationStatus.PENDING,
                task -> next(task, task.request(), NotificationStatus.CANCELLED));
    }

    @Override
    public TaskChange retry(String tenant, String taskId) {
        return change(tenant, taskId, NotificationStatus.FAILED,
                task -> next(task, task.request(), NotificationStatus.PENDING));
    }

    /** Moves a stored task to {@code status}, as a worker would. */
    void force(Notification task, NotificationStatus status) {
        store.save(next(task, task.request(), status));
    }

    private TaskChange change(String tenant, String taskId, NotificationStatus from, UnaryOperator<Notification> step) {
        Optional<Notification> found = store.find(tenant, taskId);
        if (found.isEmpty()) {
            return new TaskChange.NotFound(taskId);
        }
        if (found.get().status() != from) {
            return new TaskChange.NotAllowed(found.get().status(), "a " + found.get().status().name().toLowerCase()
                    + " task cannot change");
        }
        Notification next = step.apply(found.get());
        store.save(next);
        return new TaskChange.Changed(next);
    }

    private Notification next(Notification task, NotificationRequest request, NotificationStatus status) {
        return new Notification(task.id(), request, status, task.version() + 1, task.attempts(), task.partsSent(),
                task.lastError(), task.createdAt(), clock.instant(), task.nextAttemptAt());
    }
}
