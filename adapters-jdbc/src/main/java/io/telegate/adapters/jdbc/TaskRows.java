package io.telegate.adapters.jdbc;

import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@code notification_tasks} row format: binding a task's columns as named parameters, and reading a row back.
 * Priority is stored as its ordinal (0 = HIGH), so ascending order is claim order.
 */
final class TaskRows {

    /** Every column a task is read from, in table order. */
    static final String COLUMNS = "id, tenant, chat_id, text, parse_mode, keyboard_rows, silent, reply_to, send_at,"
            + " priority, bot, idempotency_key, status, version, attempts, parts_sent, last_error, created_at,"
            + " updated_at, next_attempt_at";

    private TaskRows() {
    }

    /** Binds {@code :id, :tenant, :chatId, ... :nextAttemptAt}: one parameter per column of {@link #COLUMNS}. */
    static <S extends SqlStatement<S>> S bind(S statement, Notification task) {
        NotificationRequest request = task.request();
        OutgoingMessage message = request.message();
        return statement.bind("id", task.id())
                .bind("tenant", request.tenant())
                .bind("chatId", message.chatId())
                .bind("text", message.text())
                .bind("parseMode", message.parseMode().orElse(null))
                .bind("keyboardRows", message.keyboard().size())
                .bind("silent", message.silent())
                .bind("replyTo", message.replyTo().isPresent() ? message.replyTo().getAsLong() : null)
                .bind("sendAt", Timestamps.argument(request.sendAt()))
                .bind("priority", (short) request.priority().ordinal())
                .bind("bot", request.bot().orElse(null))
                .bind("idempotencyKey", request.idempotencyKey().orElse(null))
                .bind("status", task.status().name())
                .bind("version", task.version())
                .bind("attempts", task.attempts())
                .bind("partsSent", PartsSent.encode(task.partsSent()))
                .bind("lastError", task.lastError().orElse(null))
                .bind("createdAt", Timestamps.argument(task.createdAt()))
                .bind("updatedAt", Timestamps.argument(task.updatedAt()))
                .bind("nextAttemptAt", Timestamps.argument(task.nextAttemptAt()));
    }

    /** The task in the current row, without its keyboard. */
    static LoadedTask read(ResultSet row) throws SQLException {
        long replyTo = row.getLong("reply_to");
        OptionalLong reply = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(replyTo);
        OutgoingMessage message = new OutgoingMessage(row.getString("chat_id"), row.getString("text"),
                Optional.ofNullable(row.getString("parse_mode")), List.of(), row.getBoolean("silent"), reply);
        NotificationRequest request = new NotificationRequest(row.getString("tenant"), message,
                Timestamps.readOptional(row, "send_at"), Priority.values()[row.getShort("priority")],
                Optional.ofNullable(row.getString("bot")), Optional.ofNullable(row.getString("idempotency_key")));
        Notification task = new Notification(row.getString("id"), request,
                NotificationStatus.valueOf(row.getString("status")), row.getLong("version"), row.getInt("attempts"),
                PartsSent.decode(row.getString("parts_sent")), Optional.ofNullable(row.getString("last_error")),
                Timestamps.read(row, "created_at"), Timestamps.read(row, "updated_at"),
                Timestamps.read(row, "next_attempt_at"));
        return new LoadedTask(task, row.getInt("keyboard_rows"));
    }

    /** The task as the database keeps it: every instant truncated to the microsecond. */
    static Notification stored(Notification task) {
        NotificationRequest request = task.request();
        NotificationRequest storedRequest = new NotificationRequest(request.tenant(), request.message(),
                Timestamps.stored(request.sendAt()), request.priority(), request.bot(), request.idempotencyKey());
        return new Notification(task.id(), storedRequest, task.status(), task.version(), task.attempts(),
                task.partsSent(), task.lastError(), Timestamps.stored(task.createdAt()),
                Timestamps.stored(task.updatedAt()), Timestamps.stored(task.nextAttemptAt()));
    }

    /** The same task with {@code keyboard} as its message's keyboard. */
    static Notification withKeyboard(Notification task, List<List<InlineButton>> keyboard) {
        NotificationRequest request = task.request();
        OutgoingMessage old = request.message();
        OutgoingMessage message = new OutgoingMessage(old.chatId(), old.text(), old.parseMode(), keyboard,
                old.silent(), old.replyTo());
        NotificationRequest withKeyboard = new NotificationRequest(request.tenant(), message, request.sendAt(),
                request.priority(), request.bot(), request.idempotencyKey());
        return new Notification(task.id(), withKeyboard, task.status(), task.version(), task.attempts(),
                task.partsSent(), task.lastError(), task.createdAt(), task.updatedAt(), task.nextAttemptAt());
    }
}
