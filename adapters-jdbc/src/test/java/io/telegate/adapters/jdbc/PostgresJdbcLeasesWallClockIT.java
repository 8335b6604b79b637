package io.telegate.adapters.jdbc;

import io.telegate.ports.out.Leases;
import io.telegate.testkit.state.LeasesContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link LeasesContract} against the local PostgreSQL on the system clock, sleeping while time passes. */
class PostgresJdbcLeasesWallClockIT extends LeasesContract {

    private static ScratchDatabase scratch;

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
            leases = new JdbcLeases(scratch.database(), Clock.systemUTC());
        }
        return leases;
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
