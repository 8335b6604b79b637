package io.telegate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.telegate.sandbox.SentBotMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SentRatesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theRateCountsOnlyTheWholeSecondsBetweenTheFirstAndTheLast() {
        List<SentBotMessage> sent = new ArrayList<>();
        sent.addAll(at(0, 3));
        for (int second = 1; second <= 10; second++) {
            sent.addAll(at(second, 30));
        }
        sent.addAll(at(11, 7));

        assertThat(SentRates.sustained(sent)).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void aGapInsideTheRunLowersTheRate() {
        List<SentBotMessage> sent = new ArrayList<>(at(0, 30));
        sent.addAll(at(1, 30));
        sent.addAll(at(3, 30));
        sent.addAll(at(4, 30));

        assertThat(SentRates.sustained(sent)).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void aRunOfUnderThreeSecondsIsRatedOverAllItsSeconds() {
        List<SentBotMessage> sent = new ArrayList<>(at(0, 20));
        sent.addAll(at(1, 10));

        assertThat(SentRates.sustained(sent)).isCloseTo(15.0, within(1e-9));
        assertThat(SentRates.sustained(List.of())).isZero();
    }

    private static List<SentBotMessage> at(int second, int count) {
        List<SentBotMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(new SentBotMessage(100 + i, second * 100L + i, "m", T0.plusSeconds(second), Optional.empty(),
                    List.of(), OptionalLong.empty(), Optional.empty()));
        }
        return messages;
    }
}
