package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.out.DeliveryAttempts;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.argument.Argument;

/**
 * The delivery audit log in {@code notification_attempts}, one row per attempt. The primary key
 * {@code (task_id, attempt_no)} makes {@link #record} first-writer-wins across processes ({@code ON CONFLICT DO
 * NOTHING}, on PostgreSQL and on H2 in PostgreSQL mode); rows are never updated. Instants are kept to the
 * microsecond.
 */
public final class JdbcDeliveryAttempts implements DeliveryAttempts {

    private static final String COLUMNS = "task_id, attempt_no, part_no, started_at, finished_at, outcome,"
            + " telegram_message_id, error";
    private static final String INSERT = "INSERT INTO notification_attempts (" + COLUMNS + ") VALUES (:taskId,"
            + " :attemptNo, :partNo, :startedAt, :finishedAt, :outcome, :messageId, :error) ON CONFLICT DO NOTHING";
    private static final String FOR_TASK = "SELECT " + COLUMNS + " FROM notification_attempts"
            + " WHERE task_id = :taskId ORDER BY attempt_no";
    private static final String LATEST = FOR_TASK + " DESC LIMIT 1";

    private final JdbcDatabase database;

    @Inject
    public JdbcDeliveryAttempts(JdbcDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean record(DeliveryAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        try {
            return database.withHandle("record delivery attempt", handle -> handle.createUpdate(INSERT)
                    .bind("taskId", attempt.taskId())
                    .bind("attemptNo", attempt.attemptNo())
                    .bind("partNo", attempt.partNo())
                    .bind("startedAt", Timestamps.argument(attempt.startedAt()))
                    .bind("finishedAt", Timestamps.argument(attempt.finishedAt()))
                    .bind("outcome", attempt.outcome().name())
                    .bind("messageId", messageId(attempt.telegramMessageId()))
                    .bind("error", attempt.error().orElse(null))
                    .execute()) == 1;
        } catch (UniqueViolation raced) {
            // H2 may report a race on the key instead of skipping the row; either way the first writer won
            return false;
        }
    }

    @Override
    public List<DeliveryAttempt> forTask(String taskId) {
        Objects.requireNonNull(taskId, "task id");
        return database.withHandle("list delivery attempts", handle -> handle.createQuery(FOR_TASK)
                .bind("taskId", taskId).map((row, context) -> read(row)).list());
    }

    @Override
    public Optional<DeliveryAttempt> latest(String taskId) {
        Objects.requireNonNull(taskId, "task id");
        return database.withHandle("find latest delivery attempt", handle -> handle.createQuery(LATEST)
                .bind("taskId", taskId).map((row, context) -> read(row)).findFirst());
    }

    private static Argument messageId(OptionalLong id) {
        return id.isPresent()
                ? (position, statement, context) -> statement.setLong(position, id.getAsLong())
                : (position, statement, context) -> statement.setNull(position, Types.BIGINT);
    }

    private static DeliveryAttempt read(ResultSet row) throws SQLException {
        long messageId = row.getLong("telegram_message_id");
        OptionalLong telegramMessageId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(messageId);
        return new DeliveryAttempt(row.getString("task_id"), row.getInt("attempt_no"), row.getInt("part_no"),
                Timestamps.read(row, "started_at"), Timestamps.read(row, "finished_at"),
                AttemptOutcome.valueOf(row.getString("outcome")), telegramMessageId,
                Optional.ofNullable(row.getString("error")));
    }
}
