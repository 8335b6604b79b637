package io.telegate.core.notify;

import static io.telegate.ports.model.notify.NotificationStatus.CANCELLED;
import static io.telegate.ports.model.notify.NotificationStatus.DELIVERED;
import static io.telegate.ports.model.notify.NotificationStatus.FAILED;
import static io.telegate.ports.model.notify.NotificationStatus.PENDING;
import static io.telegate.ports.model.notify.NotificationStatus.SENDING;
import static io.telegate.ports.model.notify.NotificationStatus.UNKNOWN;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of a notification: {@code pending → sending → delivered | failed | unknown}, {@code pending → cancelled},
 * and back to {@code pending} from {@code sending} (retry later, rate limits) or by an explicit re-drive from
 * {@code failed} or {@code unknown}. Every transition returns the next version of the task, stamped {@code now},
 * for one optimistic {@code TaskStore.save}; a transition the state does not allow throws
 * {@link IllegalTransitionException}. Claiming ({@code pending → sending}) is the task store's own step.
 */
public final class NotificationTask {

    private final Notification task;

    private NotificationTask(Notification task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    public static NotificationTask of(Notification task) {
        return new NotificationTask(task);
    }

    /** A new pending task, due at its send time (or now), version 1. */
    public static Notification create(String id, NotificationRequest request, Instant now) {
        return new Notification(id, request, PENDING, 1, 0, List.of(), Optional.empty(), now, now,
                request.sendAt().orElse(now));
    }

    /** Write-ahead before a Bot API call: one more attempt is under way. */
    public Notification beginAttempt(Instant now) {
        require("sent", SENDING);
        return next(SENDING, task.request(), task.attempts() + 1, task.partsSent(), task.lastError(), now,
                task.nextAttemptAt());
    }

    /** A part other than the last was delivered; the task keeps sending. */
    public Notification partDelivered(long messageId, Instant now) {
        require("given a delivered part", SENDING);
        return next(SENDING, task.request(), task.attempts(), plus(messageId), task.lastError(), now,
                task.nextAttemptAt());
    }

    /** The last part was delivered. */
    public Notification delivered(long lastMessageId, Instant now) {
        require("delivered", SENDING);
        return next(DELIVERED, task.request(), task.attempts(), plus(lastMessageId), task.lastError(), now,
                task.nextAttemptAt());
    }

    /** Hands the task back untouched, to be claimed again at {@code at} (a rate limit said wait). */
    public Notification defer(Instant at, Instant now) {
        require("deferred", SENDING);
        return next(PENDING, task.request(), task.attempts(), task.partsSent(), task.lastError(), now, at);
    }

    /** A transient failure: try again at {@code at}. */
    public Notification retryLater(Instant at, String error, Instant now) {
        require("retried", SENDING);
        return next(PENDING, task.request(), task.attempts(), task.partsSent(), Optional.of(error), now, at);
    }

    public Notification fail(String error, Instant now) {
        require("failed", SENDING);
        return next(FAILED, task.request(), task.attempts(), task.partsSent(), Optional.of(error), now,
                task.nextAttemptAt());
    }

    /** A send may or may not have reached Telegram, and it will not be resent without a person deciding so. */
    public Notification unknown(String error, Instant now) {
        require("marked unknown", SENDING);
        return next(UNKNOWN, task.request(), task.attempts(), task.partsSent(), Optional.of(error), now,
                task.nextAttemptAt());
    }

    public Notification cancel(Instant now) {
        require("cancelled", PENDING);
        return next(CANCELLED, task.request(), task.attempts(), task.partsSent(), task.lastError(), now,
                task.nextAttemptAt());
    }

    /** Replaces the request of a task nothing of which was sent; a new send time also moves the next attempt. */
    public Notification update(NotificationRequest changed, Instant now) {
        require("updated", PENDING);
        if (!task.partsSent().isEmpty()) {
            throw new IllegalTransitionException(task.status(), "updated", "part of it was delivered already");
        }
        Instant due = changed.sendAt().equals(task.request().sendAt()) ? task.nextAttemptAt()
                : changed.sendAt().orElse(now);
        return next(PENDING, changed, task.attempts(), task.partsSent(), task.lastError(), now, due);
    }

    /** Sends a failed or unknown task again from its first undelivered part, due now. */
    public Notification redrive(Instant now) {
        require("retried", FAILED, UNKNOWN);
        return next(PENDING, task.request(), task.attempts(), task.partsSent(), task.lastError(), now, now);
    }

    private void require(String action, NotificationStatus... allowed) {
        for (NotificationStatus status : allowed) {
            if (task.status() == status) {
                return;
            }
        }
        throw new IllegalTransitionException(task.status(), action);
    }

    private List<Long> plus(long messageId) {
        List<Long> parts = new ArrayList<>(task.partsSent());
        parts.add(messageId);
        return parts;
    }

    private Notification next(NotificationStatus status, NotificationRequest request, int attempts,
                              List<Long> partsSent, Optional<String> lastError, Instant now, Instant nextAttemptAt) {
        return new Notification(task.id(), request, status, task.version() + 1, attempts, partsSent, lastError,
                task.createdAt(), now, nextAttemptAt);
    }
}
