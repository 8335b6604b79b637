package io.telegate.adapters.jdbc;

import io.telegate.ports.out.SessionVault;
import io.telegate.testkit.vault.SessionVaultContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link SessionVaultContract} against the local PostgreSQL, in a schema of its own. */
class PostgresJdbcSessionVaultIT extends SessionVaultContract {

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
    protected SessionVault newVault() {
        scratch.deleteAll("sessions");
        return new JdbcSessionVault(scratch.database(), Clock.systemUTC());
    }
}
