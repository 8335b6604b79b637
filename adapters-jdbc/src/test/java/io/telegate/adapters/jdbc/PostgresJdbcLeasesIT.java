package io.telegate.adapters.jdbc;

import io.telegate.ports.out.Leases;
import io.telegate.testkit.state.LeasesContract;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link LeasesContract} against the local PostgreSQL, time passing on the adapter's injected clock. */
class PostgresJdbcLeasesIT extends LeasesContract {

    private static ScratchDatabase scratch;

    private final MutableClock clock = new MutableClock();
    private JdbcLeases leases;

    @BeforeAll
    static void createSchema() {
        scratch = ScratchDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() {
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
