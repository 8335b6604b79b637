package io.telegate.ports.in;

import io.telegate.ports.model.notify.Notification;
import java.util.Optional;

/** Reads one task (seed 003's {@code GET /api/tasks/{task_id}}); a tenant never sees another's tasks. */
public interface GetNotificationUseCase {

    Optional<Notification> get(String tenant, String taskId);
}
