package io.telegate.core.notify;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.out.TaskStore;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies a user's change to a task optimistically: read, transition, save the next version; when a worker saved
 * first, read again and decide on the new state, so a change never overwrites what a worker did.
 */
final class TaskChanger {

    private static final int TRIES = 5;

    private final TaskStore tasks;

    TaskChanger(TaskStore tasks) {
        this.tasks = tasks;
    }

    /** {@code transition} throws {@link IllegalTransitionException} when the current state does not allow it. */
    TaskChange change(String tenant, String taskId, UnaryOperator<Notification> transition) {
        Notification current = null;
        for (int i = 0; i < TRIES; i++) {
            Optional<Notification> found = tasks.find(tenant, taskId);
            if (found.isEmpty()) {
                return new TaskChange.NotFound(taskId);
            }
            current = found.get();
            Notification next;
            try {
                next = transition.apply(current);
            } catch (IllegalTransitionException e) {
                return new TaskChange.NotAllowed(e.status(), e.getMessage());
            }
            if (tasks.save(next)) {
                return new TaskChange.Changed(next);
            }
        }
        return new TaskChange.NotAllowed(current.status(), "the task kept changing while this change was tried");
    }
}
