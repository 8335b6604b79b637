package io.telegate.core.planted;

import org.assertj.core.api.Assertions;

/** Planted violation: production code uses a test library. */
public final class CoreUsesAssertj {
    public void check(int value) {
        Assertions.assertThat(value).isPositive();
    }
}
