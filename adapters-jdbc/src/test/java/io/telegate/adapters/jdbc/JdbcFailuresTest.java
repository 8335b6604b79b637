package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class JdbcFailuresTest {

    @Test
    void connectionLossesDeadlocksAndShutdownsAreTransient() {
        for (String state : new String[] {"08001", "08006", "40001", "40P01", "53300", "57P01", "55P03", "HYT00"}) {
            assertThat(translated(new SQLException("failed", state))).as(state).isInstanceOf(TransientFailure.class);
        }
    }

    @Test
    void anExhaustedPoolIsTransient() {
        RuntimeException failure = JdbcFailures.translate("find task", new ConnectionException(
                new SQLTransientConnectionException("telegate-db - Connection is not available")));

        assertThat(failure).isInstanceOf(TransientFailure.class).hasMessageStartingWith("database find task failed");
    }

    @Test
    void aUniqueViolationIsItsOwnPermanentFailure() {
        assertThat(translated(new SQLException("duplicate key", "23505"))).isInstanceOf(UniqueViolation.class)
                .isInstanceOf(PermanentFailure.class);
    }

    @Test
    void otherConstraintViolationsAndSqlErrorsArePermanent() {
        for (String state : new String[] {"23503", "23514", "22001", "42P01", "42601"}) {
            assertThat(translated(new SQLException("refused", state))).as(state)
                    .isExactlyInstanceOf(PermanentFailure.class);
        }
    }

    @Test
    void theMessageKeepsOnlyTheFirstLineOfTheDatabasesMessage() {
        RuntimeException failure = translated(new SQLException(
                "ERROR: value too long for type character varying(32)\n  Where: tenant data", "22001"));

        assertThat(failure).hasMessage("database insert task failed (SQLState 22001):"
                + " ERROR: value too long for type character varying(32)");
    }

    @Test
    void exceptionsThatAreNotTheVendorsPassThrough() {
        IllegalArgumentException caller = new IllegalArgumentException("malformed task cursor");
        TransientFailure already = new TransientFailure("already translated");

        assertThat(JdbcFailures.translate("list tasks", caller)).isSameAs(caller);
        assertThat(JdbcFailures.translate("list tasks", already)).isSameAs(already);
    }

    private static RuntimeException translated(SQLException sql) {
        return JdbcFailures.translate("insert task", new UnableToExecuteStatementException(sql, null));
    }
}
