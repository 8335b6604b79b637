package io.telegate.adapters.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Keyboards and message options through the row format of the embedded H2. */
class H2KeyboardRoundTripIT extends KeyboardRoundTripScenarios {

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
