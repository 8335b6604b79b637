package io.telegate.core.notify;

import io.telegate.ports.in.CancelNotificationUseCase;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;

/** Cancels a pending task and announces it; a task already claimed for sending is no longer cancellable. */
public final class CancelNotificationService implements CancelNotificationUseCase {

    private final TaskChanger changer;
    private final NotificationEvents events;
    private final Clock clock;

    public CancelNotificationService(TaskStore tasks, NotificationEvents events, Clock clock) {
        this.changer = new TaskChanger(tasks);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TaskChange cancel(String tenant, String taskId) {
        TaskChange change = changer.change(tenant, taskId, task -> NotificationTask.of(task).cancel(clock.instant()));
        if (change instanceof TaskChange.Changed(var cancelled)) {
            events.finished(cancelled, cancelled.request().message().chatId());
        }
        return change;
    }
}
