package io.telegate.adapters.jdbc;

import io.telegate.ports.out.TaskStore;
import io.telegate.testkit.tasks.TaskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link TaskStoreContract} against the embedded H2 in PostgreSQL mode, in memory. */
class H2JdbcTaskStoreIT extends TaskStoreContract {

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
    protected TaskStore newStore() {
        scratch.deleteTasks();
        return new JdbcTaskStore(scratch.database());
    }
}
