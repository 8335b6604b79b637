package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.out.BotApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotApiCallSlotsTest {

    @Test
    void aCallThatFindsEverySlotTakenGivesUpWithNothingSent() {
        BotApiCallSlots slots = new BotApiCallSlots(2, Duration.ofMillis(50));
        slots.enter();
        slots.enter();

        assertThatThrownBy(slots::enter).isInstanceOfSatisfying(BotApiException.class,
                e -> assertThat(e.error()).isInstanceOfSatisfying(BotApiError.Transport.class,
                        transport -> assertThat(transport.mayHaveArrived()).isFalse()));
    }

    @Test
    void aSlotLeftIsTakenAgain() {
        BotApiCallSlots slots = new BotApiCallSlots(1, Duration.ofMillis(50));
        slots.enter();
        slots.leave();

        slots.enter();

        assertThatThrownBy(slots::enter).isInstanceOf(BotApiException.class);
    }

    @Test
    void anInterruptedWaitSendsNothingAndKeepsTheInterrupt() {
        BotApiCallSlots slots = new BotApiCallSlots(1, Duration.ofSeconds(30));
        slots.enter();
        Thread.currentThread().interrupt();

        try {
            assertThatThrownBy(slots::enter).isInstanceOfSatisfying(BotApiException.class,
                    e -> assertThat(e.error()).isEqualTo(new BotApiError.Transport(
                            "interrupted while waiting for a Bot API connection; nothing was sent", false)));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
