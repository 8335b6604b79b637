package io.telegate.core.notify;

import io.telegate.ports.in.RetryNotificationUseCase;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;

/**
 * Re-drives a failed or unknown task: due now with a fresh retry budget, and with its recipient's unreachable mark
 * lifted, since a person asking to retry says the cause may be gone (a 403 marks it again if not).
 */
public final class RetryNotificationService implements RetryNotificationUseCase {

    private final TaskChanger changer;
    private final BotDirectory bots;
    private final Recipients recipients;
    private final Clock clock;

    public RetryNotificationService(TaskStore tasks, BotDirectory bots, Recipients recipients, Clock clock) {
        this.changer = new TaskChanger(tasks);
        this.bots = bots;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public TaskChange retry(String tenant, String taskId) {
        TaskChange change = changer.change(tenant, taskId, task -> NotificationTask.of(task).redrive(clock.instant()));
        if (change instanceof TaskChange.Changed(Notification task)) {
            bots.token(task.request().bot()).ifPresent(token -> {
                long botId = token.botId();
                recipients.clear(botId, recipients.resolve(botId, task.request().message().chatId()));
            });
        }
        return change;
    }
}
