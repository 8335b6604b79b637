package io.telegate.core.notify;

import io.telegate.ports.in.GetNotificationUseCase;
import io.telegate.ports.in.ListDeliveryAttemptsUseCase;
import io.telegate.ports.in.ListNotificationsUseCase;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.ports.out.TaskStore;
import java.util.List;
import java.util.Optional;

/** Reads tasks and their attempt timelines, never showing a tenant another tenant's. */
public final class NotificationQueryService implements GetNotificationUseCase, ListNotificationsUseCase,
        ListDeliveryAttemptsUseCase {

    private final TaskStore tasks;
    private final DeliveryAttempts attempts;

    public NotificationQueryService(TaskStore tasks, DeliveryAttempts attempts) {
        this.tasks = tasks;
        this.attempts = attempts;
    }

    @Override
    public Optional<Notification> get(String tenant, String taskId) {
        return tasks.find(tenant, taskId);
    }

    @Override
    public TaskPage list(TaskQuery query) {
        return tasks.list(query);
    }

    @Override
    public Optional<List<DeliveryAttempt>> attempts(String tenant, String taskId) {
        return tasks.find(tenant, taskId).map(task -> attempts.forTask(task.id()));
    }
}
