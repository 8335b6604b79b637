package io.telegate.ports.model.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored notification task: the request plus its delivery state.
 *
 * @param id            the task id
 * @param request       what was asked
 * @param status        where it is
 * @param version       increases on every change; stores use it for optimistic concurrency
 * @param attempts      how many send attempts were made
 * @param partsSent     Telegram message ids of the parts already delivered (long texts are split)
 * @param lastError     the last error's description, if any
 * @param createdAt     when it was accepted
 * @param updatedAt     when it last changed
 * @param nextAttemptAt when a worker may pick it up next
 */
public record Notification(String id, NotificationRequest request, NotificationStatus status, long version,
                           int attempts, List<Long> partsSent, Optional<String> lastError, Instant createdAt,
                           Instant updatedAt, Instant nextAttemptAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        partsSent = List.copyOf(partsSent);
        Objects.requireNonNull(lastError, "last_error");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(updatedAt, "updated_at");
        Objects.requireNonNull(nextAttemptAt, "next_attempt_at");
    }

    /** The tenant that owns it. */
    public String tenant() {
        return request.tenant();
    }
}
