package io.telegate.adapters.jdbc;

import io.telegate.ports.out.Leases;
import io.telegate.testkit.state.LeasesContract;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link LeasesContract} against the embedded H2 in memory, time passing on the adapter's injected clock. */
class H2JdbcLeasesIT extends LeasesContract {

    private static ScratchDatabase scratch;

    private final MutableClock clock = new MutableClock();
    private JdbcLeases leases;

    @BeforeAll
    static void createDatabase() {
        scratch = ScratchDatabase.h2();
    }

    @AfterAll
    static void dropDatabase() {
        scratch.close();
    }

    @Override
    protected Leases leases() {
        if (leases == null) {
            leases = new JdbcLeases(scratch.database(), clock);
        }
        return leases;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
