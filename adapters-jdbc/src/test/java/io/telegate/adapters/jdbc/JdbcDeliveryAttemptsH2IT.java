package io.telegate.adapters.jdbc;

import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.testkit.attempts.DeliveryAttemptsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link DeliveryAttemptsContract} against the embedded H2 in PostgreSQL mode, in memory. */
class JdbcDeliveryAttemptsH2IT extends DeliveryAttemptsContract {

    private static ScratchDatabase scratch;

    @BeforeAll
    static void createDatabase() {
        scratch = ScratchDatabase.h2();
    }

    @AfterAll
    static void dropDatabase() {
        scratch.close();
    }

    @Override
    protected DeliveryAttempts newLog() {
        scratch.deleteAll("notification_attempts");
        return new JdbcDeliveryAttempts(scratch.database());
    }
}
