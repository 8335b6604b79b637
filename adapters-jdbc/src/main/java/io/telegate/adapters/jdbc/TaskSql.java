package io.telegate.adapters.jdbc;

/** The statements of {@link JdbcTaskStore}; the same text runs on PostgreSQL and on H2 in PostgreSQL mode. */
final class TaskSql {

    /** Any unique conflict inserts nothing: the store then looks the idempotency key up. */
    static final String INSERT = "INSERT INTO notification_tasks (" + TaskRows.COLUMNS + ") VALUES (:id, :tenant,"
            + " :chatId, :text, :parseMode, :keyboardRows, :silent, :replyTo, :sendAt, :priority, :bot,"
            + " :idempotencyKey, :status, :version, :attempts, :partsSent, :lastError, :createdAt, :updatedAt,"
            + " :nextAttemptAt) ON CONFLICT DO NOTHING";

    static final String FIND = "SELECT " + TaskRows.COLUMNS + " FROM notification_tasks"
            + " WHERE id = :id AND tenant = :tenant";

    static final String FIND_BY_KEY = "SELECT " + TaskRows.COLUMNS + " FROM notification_tasks"
            + " WHERE tenant = :tenant AND idempotency_key = :idempotencyKey";

    static final String FIND_ALL = "SELECT " + TaskRows.COLUMNS + " FROM notification_tasks WHERE id IN (<ids>)";

    /**
     * Locks up to {@code :limit} due tasks in claim order. {@code SKIP LOCKED} passes over rows another claimer has
     * locked, so concurrent claimers (threads or processes) take disjoint tasks without waiting for each other.
     */
    static final String LOCK_DUE = "SELECT id FROM notification_tasks"
            + " WHERE (status = 'PENDING' AND next_attempt_at <= :now)"
            + " OR (status = 'SENDING' AND (lease_until IS NULL OR lease_until <= :now))"
            + " ORDER BY priority, next_attempt_at, created_at, id"
            + " LIMIT :limit FOR UPDATE SKIP LOCKED";

    static final String CLAIM = "UPDATE notification_tasks SET status = 'SENDING', version = version + 1,"
            + " updated_at = :now, lease_owner = :worker, lease_until = :leaseUntil WHERE id IN (<ids>)";

    /** Optimistic: only the version before the task's; a task still sending keeps its lease. */
    static final String SAVE = "UPDATE notification_tasks SET chat_id = :chatId, text = :text,"
            + " parse_mode = :parseMode, keyboard_rows = :keyboardRows, silent = :silent, reply_to = :replyTo,"
            + " send_at = :sendAt, priority = :priority, bot = :bot, idempotency_key = :idempotencyKey,"
            + " status = :status, version = :version, attempts = :attempts, parts_sent = :partsSent,"
            + " last_error = :lastError, created_at = :createdAt, updated_at = :updatedAt,"
            + " next_attempt_at = :nextAttemptAt,"
            + " lease_owner = CASE WHEN :keepLease THEN lease_owner ELSE NULL END,"
            + " lease_until = CASE WHEN :keepLease THEN lease_until ELSE NULL END"
            + " WHERE id = :id AND tenant = :tenant AND version = :expectedVersion";

    private TaskSql() {
    }
}
