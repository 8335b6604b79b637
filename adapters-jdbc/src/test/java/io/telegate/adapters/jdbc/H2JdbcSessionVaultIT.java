package io.telegate.adapters.jdbc;

import io.telegate.ports.out.SessionVault;
import io.telegate.testkit.vault.SessionVaultContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link SessionVaultContract} against the embedded H2 in PostgreSQL mode, in memory. */
class H2JdbcSessionVaultIT extends SessionVaultContract {

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
    protected SessionVault newVault() {
        scratch.deleteAll("sessions");
        return new JdbcSessionVault(scratch.database(), Clock.systemUTC());
    }
}
