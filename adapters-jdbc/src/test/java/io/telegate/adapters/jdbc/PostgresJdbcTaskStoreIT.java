package io.telegate.adapters.jdbc;

import io.telegate.ports.out.TaskStore;
import io.telegate.testkit.tasks.TaskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link TaskStoreContract} against the local PostgreSQL, in a schema of its own. */
class PostgresJdbcTaskStoreIT extends TaskStoreContract {

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
    protected TaskStore newStore() {
        scratch.deleteTasks();
        return new JdbcTaskStore(scratch.database());
    }
}
