package io.telegate.adapters.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Concurrent claiming on the embedded H2, which honours {@code SKIP LOCKED} between the pools of one process. */
class H2ConcurrentClaimIT extends ConcurrentClaimScenarios {

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
    protected ScratchDatabase scratch() {
        return scratch;
    }
}
