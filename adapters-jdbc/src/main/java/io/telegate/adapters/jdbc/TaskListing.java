package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.TaskCursor;
import io.telegate.ports.model.notify.TaskQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of one {@code list} call: the tenant's tasks matching the query's filters, after its cursor, newest first
 * by {@code (created_at DESC, id DESC)}, which the listing index serves.
 */
final class TaskListing {

    private final StringBuilder sql = new StringBuilder("SELECT " + TaskRows.COLUMNS
            + " FROM notification_tasks WHERE tenant = :tenant");
    private final List<UnaryOperator<Query>> bindings = new ArrayList<>();

    private TaskListing() {
    }

    /** The listing for {@code query}; a malformed cursor throws {@link IllegalArgumentException}. */
    static TaskListing of(TaskQuery query) {
        TaskListing listing = new TaskListing();
        listing.bindings.add(q -> q.bind("tenant", query.tenant()));
        query.status().ifPresent(status -> listing.where("status = :status", q -> q.bind("status", status.name())));
        query.chatId().ifPresent(chat -> listing.where("chat_id = :chatId", q -> q.bind("chatId", chat)));
        // Stored times have whole microseconds, so rounding a bound up keeps >= and < exact.
        query.createdFrom().ifPresent(from -> listing.where("created_at >= :createdFrom",
                q -> q.bind("createdFrom", Timestamps.argument(Timestamps.ceiling(from)))));
        query.createdBefore().ifPresent(before -> listing.where("created_at < :createdBefore",
                q -> q.bind("createdBefore", Timestamps.argument(Timestamps.ceiling(before)))));
        query.cursor().map(TaskCursor::decode).ifPresent(cursor -> listing.where(
                "(created_at < :cursorAt OR (created_at = :cursorAt AND id < :cursorId))",
                q -> q.bind("cursorAt", Timestamps.argument(cursor.createdAt())).bind("cursorId", cursor.taskId())));
        return listing;
    }

    /** Up to {@code rows} matching tasks, newest first, without their keyboards. */
    List<LoadedTask> fetch(Handle handle, int rows) {
        Query query = handle.createQuery(sql + " ORDER BY created_at DESC, id DESC LIMIT :rows").bind("rows", rows);
        for (UnaryOperator<Query> binding : bindings) {
            query = binding.apply(query);
        }
        return query.map((row, context) -> TaskRows.read(row)).list();
    }

    private void where(String condition, UnaryOperator<Query> binding) {
        sql.append(" AND ").append(condition);
        bindings.add(binding);
    }
}
