package io.telegate.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the JDBC adapters share: a HikariCP pool, Jdbi on top of it, and the Flyway migrations.
 *
 * <p>Building one connects to nothing: the pool opens its first connection on first use, and the schema changes only
 * in the explicit {@link #migrate()} step, which the app runs at start. Flyway migrates over connections of its own,
 * so it can create the configured schema before any pooled connection selects it; an in-memory H2 database therefore
 * needs {@code DB_CLOSE_DELAY=-1} (as {@link JdbcConfig#inMemory} sets). Closing closes the pool.
 */
public final class JdbcDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);
    /** Migrations for every database, and the few that differ per database (e.g. db/vendor/postgresql). */
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String VENDOR_MIGRATIONS = "classpath:db/vendor/";

    private final JdbcConfig config;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    public JdbcDatabase(JdbcConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.pool = pool(config);
        this.jdbi = Jdbi.create(pool);
        // Exception messages show the statement but never its bound values, which may be tenants' data.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
    }

    /** Brings the schema to the newest migration and returns how many it applied; running it again applies none. */
    public int migrate() {
        FluentConfiguration flyway = Flyway.configure(JdbcDatabase.class.getClassLoader())
                .dataSource(config.url(), orNull(config.user()), orNull(config.password()))
                .locations(MIGRATIONS, VENDOR_MIGRATIONS + config.dialect().name().toLowerCase(Locale.ROOT))
                .placeholderReplacement(false);
        config.schema().ifPresent(schema -> flyway.schemas(schema).createSchemas(true));
        try {
            MigrateResult result = flyway.load().migrate();
            LOG.info("Database schema {} is at version {} ({} migration(s) applied)",
                    config.schema().orElse("(default)"), result.targetSchemaVersion, result.migrationsExecuted);
            return result.migrationsExecuted;
        } catch (RuntimeException failure) {
            throw JdbcFailures.translate("migration", failure);
        }
    }

    public JdbcConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }

    SqlDialect dialect() {
        return config.dialect();
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode, translating failures. */
    <T> T withHandle(String operation, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (RuntimeException failure) {
            throw JdbcFailures.translate(operation, failure);
        }
    }

    /** Runs {@code work} in one transaction (the database's default isolation), translating failures. */
    <T> T inTransaction(String operation, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (RuntimeException failure) {
            throw JdbcFailures.translate(operation, failure);
        }
    }

    private static HikariDataSource pool(JdbcConfig config) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("telegate-db");
        pool.setJdbcUrl(config.url());
        if (!config.user().isEmpty()) {
            pool.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            pool.setPassword(config.password());
        }
        pool.setMaximumPoolSize(config.poolSize());
        pool.setMinimumIdle(Math.min(2, config.poolSize()));
        pool.setConnectionTimeout(config.connectTimeout().toMillis());
        pool.setValidationTimeout(Math.min(1_000, config.connectTimeout().toMillis() / 2));
        // Start without a connection, so a database that is down fails calls as transient instead of the start.
        pool.setInitializationFailTimeout(-1);
        config.schema().ifPresent(pool::setSchema);
        return pool;
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
