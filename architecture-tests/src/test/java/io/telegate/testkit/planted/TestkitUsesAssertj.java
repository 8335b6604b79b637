package io.telegate.testkit.planted;

import org.assertj.core.api.Assertions;

/** Allowed: the testkit's contract suites use test libraries. */
public final class TestkitUsesAssertj {
    public void check(int value) {
        Assertions.assertThat(value).isPositive();
    }
}
