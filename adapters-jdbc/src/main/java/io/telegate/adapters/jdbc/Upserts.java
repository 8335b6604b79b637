package io.telegate.adapters.jdbc;

import org.jdbi.v3.core.HandleCallback;

/**
 * Runs an upsert from {@link SqlDialect#upsert}. PostgreSQL's {@code ON CONFLICT DO UPDATE} never reports a
 * conflict; H2's {@code MERGE} can, when another connection inserts the same key between its update and its insert,
 * and then trying again updates that row.
 */
final class Upserts {

    private static final int ATTEMPTS = 3;

    private Upserts() {
    }

    static void run(JdbcDatabase database, String operation, HandleCallback<Integer, RuntimeException> upsert) {
        for (int attempt = 1; ; attempt++) {
            try {
                database.withHandle(operation, upsert);
                return;
            } catch (UniqueViolation raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
