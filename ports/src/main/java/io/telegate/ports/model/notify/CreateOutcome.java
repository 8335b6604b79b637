package io.telegate.ports.model.notify;

import java.util.Objects;

/** The answer to creating a notification: a new task, or the one created earlier with the same idempotency key. */
public sealed interface CreateOutcome {

    /** The task, new or existing. */
    Notification task();

    /** A new task was stored. */
    record Created(Notification task) implements CreateOutcome {
        public Created {
            Objects.requireNonNull(task, "task");
        }
    }

    /** The tenant created a task with this idempotency key before; that one is returned unchanged. */
    record Duplicate(Notification task) implements CreateOutcome {
        public Duplicate {
            Objects.requireNonNull(task, "task");
        }
    }
}
