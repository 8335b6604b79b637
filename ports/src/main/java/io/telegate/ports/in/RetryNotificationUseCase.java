package io.telegate.ports.in;

import io.telegate.ports.model.notify.TaskChange;

/**
 * Re-drives a task that ended without delivery: {@code FAILED}, or {@code UNKNOWN} when a person decided to resend
 * (which may duplicate the message). Parts already delivered are not sent again.
 *
 * <p>Contract: the task becomes {@code PENDING}, due now, with a fresh retry budget, and its recipient's
 * unreachable mark (if any) is lifted; any other state answers {@link TaskChange.NotAllowed}.
 */
public interface RetryNotificationUseCase {

    TaskChange retry(String tenant, String taskId);
}
