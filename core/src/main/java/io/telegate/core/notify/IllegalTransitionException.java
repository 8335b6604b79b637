package io.telegate.core.notify;

import io.telegate.ports.model.notify.NotificationStatus;

/** A task was asked to move somewhere its state does not allow (cancel a task being sent, update a delivered one). */
public final class IllegalTransitionException extends IllegalStateException {

    private final NotificationStatus status;

    IllegalTransitionException(NotificationStatus status, String action) {
        super("a " + status.name().toLowerCase() + " task cannot be " + action);
        this.status = status;
    }

    IllegalTransitionException(NotificationStatus status, String action, String why) {
        super("a " + status.name().toLowerCase() + " task cannot be " + action + ": " + why);
        this.status = status;
    }

    /** The state the task was in. */
    public NotificationStatus status() {
        return status;
    }
}
