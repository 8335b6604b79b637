package io.telegate.ports.in;

import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.TaskChange;

/**
 * Changes a task that is still waiting (seed 003's {@code PATCH /api/tasks/{task_id}/update}).
 *
 * <p>Contract: only a {@code PENDING} task with no part delivered yet changes; otherwise
 * {@link TaskChange.NotAllowed}. Once {@link TaskChange.Changed} is returned, no worker sends the old content.
 * The changed request is validated like a new one ({@link InvalidRequestException}).
 */
public interface UpdateNotificationUseCase {

    TaskChange update(String tenant, String taskId, NotificationChanges changes);
}
