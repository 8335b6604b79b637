package io.telegate.core.notify;

import io.telegate.ports.in.UpdateNotificationUseCase;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;
import java.util.Optional;

/** Changes the content, send time or priority of a task nothing of which was sent, validated like a new one. */
public final class UpdateNotificationService implements UpdateNotificationUseCase {

    private final TaskChanger changer;
    private final NotificationValidator validator;
    private final Clock clock;

    public UpdateNotificationService(TaskStore tasks, NotificationValidator validator, Clock clock) {
        this.changer = new TaskChanger(tasks);
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public TaskChange update(String tenant, String taskId, NotificationChanges changes) {
        return changer.change(tenant, taskId, task -> {
            NotificationTask transitions = NotificationTask.of(task);
            NotificationRequest changed = apply(task.request(), changes);
            Notification next = transitions.update(changed, clock.instant());
            validator.validateChanged(changed, changes.sendAt().isPresent());
            return next;
        });
    }

    static NotificationRequest apply(NotificationRequest request, NotificationChanges changes) {
        OutgoingMessage old = request.message();
        Optional<String> parseMode = changes.parseMode().isPresent()
                ? changes.parseMode().filter(mode -> !mode.isEmpty()) : old.parseMode();
        OutgoingMessage message = new OutgoingMessage(old.chatId(), changes.text().orElse(old.text()), parseMode,
                changes.keyboard().orElse(old.keyboard()), changes.silent().orElse(old.silent()), old.replyTo());
        return new NotificationRequest(request.tenant(), message, changes.sendAt().or(request::sendAt),
                changes.priority().orElse(request.priority()), request.bot(), request.idempotencyKey());
    }
}
