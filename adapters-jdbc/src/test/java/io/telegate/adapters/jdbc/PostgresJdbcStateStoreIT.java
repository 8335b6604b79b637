package io.telegate.adapters.jdbc;

import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.StateStoreContract;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link StateStoreContract} against the local PostgreSQL, time passing on the adapter's injected clock. */
class PostgresJdbcStateStoreIT extends StateStoreContract {

    private static ScratchDatabase scratch;

    private final MutableClock clock = new MutableClock();
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
            store = new JdbcStateStore(scratch.database(), clock);
        }
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
