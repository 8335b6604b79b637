package io.telegate.adapters.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which database the JDBC adapters use: PostgreSQL in production, or an embedded H2 in PostgreSQL mode.
 *
 * <p>The password travels only in {@link #password()}: a URL carrying {@code password=} is rejected, so URLs may be
 * logged and may appear in a driver's error messages. {@link #toString()} masks the password.
 *
 * @param url            a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL; an H2 URL must set {@code MODE=PostgreSQL}
 * @param user           the database user; empty for the driver's default
 * @param password       the user's password; empty for none (trust or peer authentication)
 * @param poolSize       the most connections the pool opens, 1 to 200
 * @param schema         the schema holding the tables, created by {@link JdbcDatabase#migrate()} when missing; empty
 *                       for the user's default ({@code public})
 * @param connectTimeout how long a caller waits for a connection before the call fails as transient
 */
public record JdbcConfig(String url, String user, String password, int poolSize, Optional<String> schema,
                         Duration connectTimeout) {

    /** What every embedded H2 URL needs for the migrations and queries written for PostgreSQL. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** The embedded database of a process started without {@code DATABASE_URL}: a file under {@code ./data}. */
    public static final String DEFAULT_EMBEDDED_URL = "jdbc:h2:file:./data/telegate" + H2_OPTIONS;
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** Half of it must still be a validation timeout Hikari accepts (250 ms). */
    private static final Duration SHORTEST_CONNECT_TIMEOUT = Duration.ofMillis(500);

    public JdbcConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(connectTimeout, "connect timeout");
        SqlDialect.of(url);
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("the JDBC URL must not carry a password; pass it separately");
        }
        if (SqlDialect.of(url) == SqlDialect.H2 && !url.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
            throw new IllegalArgumentException("an H2 URL must set MODE=PostgreSQL, e.g. by ending in " + H2_OPTIONS);
        }
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("pool size must be 1..200, got " + poolSize);
        }
        schema.ifPresent(name -> {
            if (!SCHEMA_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("schema must be a lower-case SQL identifier, got '" + name + "'");
            }
        });
        if (connectTimeout.compareTo(SHORTEST_CONNECT_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connect timeout must be at least 500 ms, got " + connectTimeout);
        }
    }

    /** The database at {@code url} without credentials, with the default pool size and timeout. */
    public static JdbcConfig of(String url) {
        return new JdbcConfig(url, "", "", DEFAULT_POOL_SIZE, Optional.empty(), DEFAULT_CONNECT_TIMEOUT);
    }

    /** An embedded H2 database kept in the file {@code telegate.mv.db} under {@code dataDir}. */
    public static JdbcConfig embedded(Path dataDir) {
        return of("jdbc:h2:file:" + dataDir.resolve("telegate") + H2_OPTIONS);
    }

    /** An H2 database in memory, kept until the process ends; for tests and demos. */
    public static JdbcConfig inMemory(String name) {
        return of("jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
    }

    public JdbcConfig withUser(String value) {
        return new JdbcConfig(url, value, password, poolSize, schema, connectTimeout);
    }

    public JdbcConfig withPassword(String value) {
        return new JdbcConfig(url, user, value, poolSize, schema, connectTimeout);
    }

    public JdbcConfig withPoolSize(int value) {
        return new JdbcConfig(url, user, password, value, schema, connectTimeout);
    }

    public JdbcConfig withSchema(String value) {
        return new JdbcConfig(url, user, password, poolSize, Optional.of(value), connectTimeout);
    }

    public JdbcConfig withConnectTimeout(Duration value) {
        return new JdbcConfig(url, user, password, poolSize, schema, value);
    }

    /** Which SQL the adapters speak to this database. */
    SqlDialect dialect() {
        return SqlDialect.of(url);
    }

    /** Shows every component but the password, which reads {@code ****} when set. */
    @Override
    public String toString() {
        return "JdbcConfig[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "****")
                + ", poolSize=" + poolSize + ", schema=" + schema.orElse("") + ", connectTimeout=" + connectTimeout
                + "]";
    }
}
