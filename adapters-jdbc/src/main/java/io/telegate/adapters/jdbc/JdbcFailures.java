package io.telegate.adapters.jdbc;

import com.zaxxer.hikari.pool.HikariPool;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.JdbiException;

/**
 * Translates JDBC, Jdbi, HikariCP and Flyway exceptions into the ports' failures at the adapter's edge.
 *
 * <p>Transient: lost or refused connections (SQLState class {@code 08}), an exhausted pool, serialization failures
 * and deadlocks ({@code 40}), a server short of resources ({@code 53}) or shutting down ({@code 57}), lock
 * timeouts. Unique violations ({@code 23505}) become {@link UniqueViolation}; every other error the database reports
 * (other constraint violations, values too long, SQL errors) is permanent. Messages carry the operation, the
 * SQLState and the first line of the database's message: never the password, which no URL may carry.
 */
final class JdbcFailures {

    static final String UNIQUE_VIOLATION = "23505";

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");
    /** PostgreSQL's lock_not_available, H2's lock timeout and H2's concurrent update. */
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "HYT00", "90131");

    private JdbcFailures() {
    }

    /** The failure to throw for {@code failure}, which happened while doing {@code operation}. */
    static RuntimeException translate(String operation, RuntimeException failure) {
        if (failure instanceof TelegateException
                || !(failure instanceof JdbiException || failure instanceof FlywayException
                || failure instanceof HikariPool.PoolInitializationException)) {
            return failure;
        }
        Optional<SQLException> sql = sqlCause(failure);
        if (sql.isEmpty()) {
            return new PermanentFailure("database " + operation + " failed: " + firstLine(failure.getMessage()),
                    failure);
        }
        return translate(operation, sql.get(), failure);
    }

    /** The failure to throw for a JDBC exception that happened while doing {@code operation}. */
    static TelegateException translate(String operation, SQLException sql, Throwable failure) {
        String state = sql.getSQLState();
        String message = "database " + operation + " failed (SQLState " + state + "): " + firstLine(sql.getMessage());
        if (UNIQUE_VIOLATION.equals(state)) {
            return new UniqueViolation(message, failure);
        }
        return isTransient(sql) ? new TransientFailure(message, failure) : new PermanentFailure(message, failure);
    }

    static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException || state == null) {
            return true;
        }
        return TRANSIENT_STATES.contains(state)
                || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
