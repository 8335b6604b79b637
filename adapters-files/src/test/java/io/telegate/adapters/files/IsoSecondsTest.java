package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoSecondsTest {

    @Test
    void formatsAndParsesExactlyLikeInstantAcrossFourThousandYears() {
        SplittableRandom random = new SplittableRandom(2025);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-100_000_000_000L, 260_000_000_000L);
            Instant instant = Instant.ofEpochSecond(seconds, i % 4 == 0 ? random.nextInt(1_000_000_000) : 0);

            String text = IsoSeconds.format(instant);

            assertThat(text).isEqualTo(instant.toString());
            assertThat(IsoSeconds.parse(text)).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-07T10:23:45+03:00", "2025-11-07T10:23:45.5Z", "2016-12-31T23:59:60Z",
            "2025-11-07T24:00:00Z",
            "+12025-11-07T10:23:45Z"})
    void otherFormsInstantAcceptsAreReadAsInstantReadsThem(String text) {
        assertThat(IsoSeconds.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-07T10:23:45Z", "2025-02-30T10:23:45Z", "2025-11-07T25:00:00Z",
            "2025-11-07 10:23:45Z", "2025-11-0xT10:23:45Z", "2025-11-07"})
    void malformedDatesAreRejectedLikeInstantRejectsThem(String text) {
        assertThatThrownBy(() -> IsoSeconds.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
