package io.telegate.adapters.jdbc;

import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.StateStoreContract;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link StateStoreContract} against the embedded H2 in memory, time passing on the adapter's injected clock. */
class H2JdbcStateStoreIT extends StateStoreContract {

    private static ScratchDatabase scratch;

    private final MutableClock clock = new MutableClock();
    private JdbcStateStore store;

    @BeforeAll
    static void createDatabase() {
        scratch = ScratchDatabase.h2();
    }

    @AfterAll
    static void dropDatabase() {
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
