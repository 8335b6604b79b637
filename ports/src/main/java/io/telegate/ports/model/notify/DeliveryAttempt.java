package io.telegate.ports.model.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Bot API call made to deliver one part of a notification, as the audit log keeps it.
 *
 * @param taskId            the notification task
 * @param attemptNo         1, 2, ... over the task's whole life (re-driving it does not start again at 1)
 * @param partNo            which part of a split text it sent, 1-based
 * @param startedAt         when the call started (for an attempt whose worker stopped, when that was noticed)
 * @param finishedAt        when its outcome was known
 * @param outcome           what the attempt did to the task
 * @param telegramMessageId Telegram's id of the delivered message; present exactly when {@code DELIVERED}
 * @param error             what went wrong, or why it waits; present exactly when not {@code DELIVERED}
 */
public record DeliveryAttempt(String taskId, int attemptNo, int partNo, Instant startedAt, Instant finishedAt,
                              AttemptOutcome outcome, OptionalLong telegramMessageId, Optional<String> error) {

    public DeliveryAttempt {
        Objects.requireNonNull(taskId, "task_id");
        Objects.requireNonNull(startedAt, "started_at");
        Objects.requireNonNull(finishedAt, "finished_at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(telegramMessageId, "telegram_message_id");
        Objects.requireNonNull(error, "error");
        if (attemptNo < 1 || partNo < 1) {
            throw new IllegalArgumentException("attempt_no and part_no start at 1");
        }
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("an attempt cannot finish before it started");
        }
        boolean delivered = outcome == AttemptOutcome.DELIVERED;
        if (delivered != telegramMessageId.isPresent() || delivered == error.isPresent()) {
            throw new IllegalArgumentException("a delivered attempt has a message id and no error; any other an error");
        }
    }

    /** A part Telegram confirmed as message {@code messageId}. */
    public static DeliveryAttempt delivered(String taskId, int attemptNo, int partNo, Instant startedAt,
                                            Instant finishedAt, long messageId) {
        return new DeliveryAttempt(taskId, attemptNo, partNo, startedAt, finishedAt, AttemptOutcome.DELIVERED,
                OptionalLong.of(messageId), Optional.empty());
    }

    /** An attempt that delivered nothing, with its outcome and the reason. */
    public static DeliveryAttempt undelivered(String taskId, int attemptNo, int partNo, Instant startedAt,
                                              Instant finishedAt, AttemptOutcome outcome, String error) {
        return new DeliveryAttempt(taskId, attemptNo, partNo, startedAt, finishedAt, outcome, OptionalLong.empty(),
                Optional.of(error));
    }
}
