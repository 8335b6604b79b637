package io.telegate.ports.in;

import io.telegate.ports.model.notify.TaskChange;

/**
 * Cancels a task that is still waiting (seed 003's {@code DELETE /api/tasks/{task_id}}).
 *
 * <p>Contract: only a {@code PENDING} task is cancelled; a task being sent or already final answers
 * {@link TaskChange.NotAllowed} and stays in the audit trail as it is. Once {@link TaskChange.Changed} is returned,
 * nothing more of it is sent, and a {@code cancelled} event is published.
 */
public interface CancelNotificationUseCase {

    TaskChange cancel(String tenant, String taskId);
}
