package io.telegate.adapters.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Concurrent claiming on the local PostgreSQL: {@code FOR UPDATE SKIP LOCKED} across two connection pools. */
class PostgresConcurrentClaimIT extends ConcurrentClaimScenarios {

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
    protected ScratchDatabase scratch() {
        return scratch;
    }
}
