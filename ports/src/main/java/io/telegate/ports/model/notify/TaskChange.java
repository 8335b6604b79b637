package io.telegate.ports.model.notify;

import java.util.Objects;

/** The answer to changing a task (update, cancel, re-drive): done, no such task, or not in its current state. */
public sealed interface TaskChange {

    /** The change was saved; {@code task} is the stored result. */
    record Changed(Notification task) implements TaskChange {
        public Changed {
            Objects.requireNonNull(task, "task");
        }
    }

    /** The tenant has no task with that id. */
    record NotFound(String taskId) implements TaskChange {
        public NotFound {
            Objects.requireNonNull(taskId, "task_id");
        }
    }

    /** The task's state does not allow the change (a task being sent cannot be cancelled, ...). */
    record NotAllowed(NotificationStatus status, String reason) implements TaskChange {
        public NotAllowed {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
