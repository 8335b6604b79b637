package io.telegate.ports.model.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filtered, paginated listing of one tenant's tasks, newest first.
 *
 * @param tenant        whose tasks
 * @param status        only this status
 * @param chatId        only this chat
 * @param createdFrom   created at or after
 * @param createdBefore created before
 * @param cursor        the opaque cursor a previous page returned
 * @param limit         page size, 1 to 500
 */
public record TaskQuery(String tenant, Optional<NotificationStatus> status, Optional<String> chatId,
                        Optional<Instant> createdFrom, Optional<Instant> createdBefore, Optional<String> cursor,
                        int limit) {

    public TaskQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chatId, "chat_id");
        Objects.requireNonNull(createdFrom, "created_from");
        Objects.requireNonNull(createdBefore, "created_before");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500, was " + limit);
        }
    }

    /** All of a tenant's tasks, first page. */
    public static TaskQuery all(String tenant, int limit) {
        return new TaskQuery(tenant, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), limit);
    }

    /** The same query for the page after {@code nextCursor}. */
    public TaskQuery after(String nextCursor) {
        return new TaskQuery(tenant, status, chatId, createdFrom, createdBefore, Optional.of(nextCursor), limit);
    }
}
