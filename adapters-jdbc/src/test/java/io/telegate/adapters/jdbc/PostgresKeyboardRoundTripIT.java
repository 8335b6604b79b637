package io.telegate.adapters.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Keyboards and message options through the row format of the local PostgreSQL. */
class PostgresKeyboardRoundTripIT extends KeyboardRoundTripScenarios {

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
