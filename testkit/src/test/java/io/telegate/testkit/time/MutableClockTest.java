package io.telegate.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void standsStillUntilAdvanced() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void advanceMovesForwardByTheStepAndReturnsTheNewInstant() {
        MutableClock clock = new MutableClock(START);

        Instant after = clock.advance(Duration.ofSeconds(90));

        assertThat(after).isEqualTo(START.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(after);
    }

    @Test
    void aNegativeStepIsRejectedAndLeavesTheClockWhereItWas() {
        MutableClock clock = new MutableClock(START);

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofMillis(-1)));
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void setPutsTheClockAtAnyInstantEvenAnEarlierOne() {
        MutableClock clock = new MutableClock(START);

        clock.set(START.minusSeconds(3600));

        assertThat(clock.instant()).isEqualTo(START.minusSeconds(3600));
    }

    @Test
    void isUtcAndStartsAtTheDefaultInstantWhenNotTold() {
        MutableClock clock = new MutableClock();

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.instant()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    void aClockInAnotherZoneMovesTogetherWithTheOriginal() {
        MutableClock utc = new MutableClock(START);
        MutableClock moscow = utc.withZone(ZoneId.of("Europe/Moscow"));

        utc.advance(Duration.ofMinutes(5));

        assertThat(moscow.getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(moscow.instant()).isEqualTo(START.plusSeconds(300));
    }

    @Test
    void advancesFromManyThreadsAreNotLost() throws InterruptedException {
        MutableClock clock = new MutableClock(START);
        ExecutorService threads = Executors.newFixedThreadPool(4);

        for (int i = 0; i < 1000; i++) {
            threads.execute(() -> clock.advance(Duration.ofMillis(1)));
        }
        threads.shutdown();

        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(clock.instant()).isEqualTo(START.plusMillis(1000));
    }
}
