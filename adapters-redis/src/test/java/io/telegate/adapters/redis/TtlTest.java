package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TtlTest {

    @Test
    void wholeMillisecondsPassUnchangedAndFractionsRoundUp() {
        assertThat(Ttl.millis(Duration.ofSeconds(1))).isEqualTo(1000);
        assertThat(Ttl.millis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(Ttl.millis(Duration.ofNanos(1_500_000))).isEqualTo(2);
    }

    @Test
    void zeroAndNegativeAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ttl.millis(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> Ttl.millis(Duration.ofMillis(-1)));
    }

    @Test
    void anAbsurdlyLongTtlIsCutToACenturyInsteadOfOverflowing() {
        assertThat(Ttl.millis(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Duration.ofDays(36_500).toMillis());
    }
}
