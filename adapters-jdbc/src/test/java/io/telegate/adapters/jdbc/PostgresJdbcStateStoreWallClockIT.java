package io.telegate.adapters.jdbc;

import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.StateStoreContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link StateStoreContract} against the local PostgreSQL on the system clock, sleeping while time passes. */
class PostgresJdbcStateStoreWallClockIT extends StateStoreContract {

    private static ScratchDatabase scratch;

    private JdbcStateStore store;

    @BeforeAll
    static void createSchema() {
        scratch = ScratchDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() {
        scratch.close();
    }

    @Override
    protected StateStore store() {
        if (store == null) {
            store = new JdbcStateStore(scratch.database(), Clock.systemUTC());
        }
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
