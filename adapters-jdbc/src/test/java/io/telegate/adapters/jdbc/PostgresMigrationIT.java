package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Flyway migrations on the local PostgreSQL, in a schema each test creates and drops. */
class PostgresMigrationIT {

    /** V1, V1_1 (vendor-specific), V2 and V3. */
    private static final int MIGRATIONS = 4;

    private final String schema = ScratchDatabase.uniqueName();
    private final JdbcConfig config = ScratchDatabase.postgresConfig(schema);

    @AfterEach
    void dropSchema() {
        try (JdbcDatabase database = new JdbcDatabase(config.withSchema("public"))) {
            database.withHandle("drop schema", handle -> handle.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
        }
    }

    @Test
    void migrateCreatesTheSchemaWithEveryTableInIt() {
        try (JdbcDatabase database = new JdbcDatabase(config)) {
            assertThat(database.migrate()).isEqualTo(MIGRATIONS);

            assertThat(tables(database)).containsExactlyInAnyOrder("flyway_schema_history", "notification_tasks",
                    "notification_task_buttons", "notification_attempts", "sessions", "leases", "lease_fences",
                    "kv_state");
        }
    }

    @Test
    void migratingAgainAppliesNothingAndChangesNothing() {
        try (JdbcDatabase database = new JdbcDatabase(config)) {
            database.migrate();
            List<String> columns = columns(database);

            assertThat(database.migrate()).isZero();
            try (JdbcDatabase anotherProcess = new JdbcDatabase(config)) {
                assertThat(anotherProcess.migrate()).isZero();
            }

            assertThat(columns(database)).isEqualTo(columns).hasSizeGreaterThan(40);
            int historyRows = database.withHandle("count history", handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
            assertThat(historyRows).isEqualTo(MIGRATIONS + 1); // and the row recording the schema's creation
        }
    }

    private List<String> tables(JdbcDatabase database) {
        return database.withHandle("list tables", handle -> handle.createQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
                .bind("schema", schema).mapTo(String.class).list());
    }

    private List<String> columns(JdbcDatabase database) {
        return database.withHandle("list columns", handle -> handle.createQuery(
                "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns"
                        + " WHERE table_schema = :schema ORDER BY table_name, ordinal_position")
                .bind("schema", schema).mapTo(String.class).list());
    }
}
