package io.telegate.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A migrated database of its own for one test class: a fresh schema {@code it_<random>} in the local PostgreSQL
 * (dropped on close), or a fresh in-memory H2 database (shut down on close).
 */
final class ScratchDatabase implements AutoCloseable {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/telegate";
    static final String POSTGRES_USER = "postgres";

    private final JdbcConfig config;
    private final JdbcDatabase database;

    private ScratchDatabase(JdbcConfig config) {
        this.config = config;
        this.database = new JdbcDatabase(config);
        database.migrate();
    }

    static ScratchDatabase postgres() {
        return new ScratchDatabase(postgresConfig(uniqueName()));
    }

    static ScratchDatabase h2() {
        return new ScratchDatabase(JdbcConfig.inMemory(uniqueName()));
    }

    /** The local PostgreSQL with {@code schema} as the schema of the tables. */
    static JdbcConfig postgresConfig(String schema) {
        return JdbcConfig.of(POSTGRES_URL).withUser(POSTGRES_USER).withSchema(schema).withPoolSize(10);
    }

    static String uniqueName() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    JdbcDatabase database() {
        return database;
    }

    JdbcConfig config() {
        return config;
    }

    /** Deletes every task (their buttons go with them). */
    void deleteTasks() {
        deleteAll("notification_tasks");
    }

    void deleteAll(String table) {
        database.withHandle("clean " + table, handle -> handle.execute("DELETE FROM " + table));
    }

    /** The number of rows of {@code table}. */
    long count(String table) {
        return database.withHandle("count " + table,
                handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        database.close();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement statement = connection.createStatement()) {
            if (config.dialect() == SqlDialect.POSTGRESQL) {
                statement.execute("DROP SCHEMA " + config.schema().orElseThrow() + " CASCADE");
            } else {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the scratch database", e);
        }
    }
}
