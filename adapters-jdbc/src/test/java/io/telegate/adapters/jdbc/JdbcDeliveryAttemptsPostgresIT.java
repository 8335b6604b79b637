package io.telegate.adapters.jdbc;

import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.testkit.attempts.DeliveryAttemptsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link DeliveryAttemptsContract} against the local PostgreSQL, in a schema of its own. */
class JdbcDeliveryAttemptsPostgresIT extends DeliveryAttemptsContract {

    private static ScratchDatabase scratch;

    @BeforeAll
    static void createSchema() {
        scratch = ScratchDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() {
        scratch.close();
    }

    @Override
    protected DeliveryAttempts newLog() {
        scratch.deleteAll("notification_attempts");
        return new JdbcDeliveryAttempts(scratch.database());
    }
}
