package io.telegate.ports.model.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification reached a final state: published once per state it reaches (a re-driven task can reach another).
 *
 * @param taskId              the task
 * @param tenant              its owner
 * @param status              {@code DELIVERED}, {@code FAILED}, {@code CANCELLED} or {@code UNKNOWN}
 * @param chatId              where the message went (the new supergroup after a migration), else the chat asked for
 * @param telegramMessageIds  the ids of the delivered parts, in order; empty when nothing was delivered
 * @param error               why it failed or is unknown
 * @param ts                  when it reached the state
 */
public record NotificationEvent(String taskId, String tenant, NotificationStatus status, String chatId,
                                List<Long> telegramMessageIds, Optional<String> error, Instant ts) {

    public NotificationEvent {
        Objects.requireNonNull(taskId, "task_id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chatId, "chat_id");
        telegramMessageIds = List.copyOf(telegramMessageIds);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(ts, "ts");
        if (!status.isFinal()) {
            throw new IllegalArgumentException("events are published for final states only, not " + status);
        }
    }
}
