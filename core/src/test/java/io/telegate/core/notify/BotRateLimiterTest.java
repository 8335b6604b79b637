package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BotRateLimiterTest {

    private static final Instant T0 = Instant.parse("2025-11-10T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final BotRateLimiter limiter = new BotRateLimiter(clock, RateLimits.telegram());

    @Test
    void aPrivateChatGetsOneMessageASecond() {
        assertThat(limiter.admit("1001")).isInstanceOf(Admission.Admitted.class);
        assertThat(limiter.admit("1001")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(1)));

        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.admit("1001")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(1)));

        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.admit("1001")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() {
        IntStream.range(0, 20).forEach(i -> {
            assertThat(limiter.admit("-100200")).isInstanceOf(Admission.Admitted.class);
            clock.advance(Duration.ofSeconds(1));
        });

        assertThat(limiter.admit("-100200")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(60)));
        assertThat(limiter.admit("@alerts_channel")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aChannelNamedByUsernameCountsAsAGroup() {
        IntStream.range(0, 20).forEach(i -> limiter.admit("@alerts_channel"));

        assertThat(limiter.admit("@alerts_channel")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(60)));
    }

    @Test
    void theBotGetsThirtyMessagesASecondOverAllChats() {
        IntStream.range(0, 30).forEach(i -> assertThat(limiter.admit(Long.toString(5000 + i)))
                .isInstanceOf(Admission.Admitted.class));

        assertThat(limiter.admit("6000")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.admit("6000")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aRefusedSendIsNotCounted() {
        limiter.admit("1001");
        IntStream.range(0, 100).forEach(i -> limiter.admit("1001"));

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.admit("1001")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void a429ForAPrivateChatPausesTheWholeBot() {
        limiter.retryAfter("1001", Duration.ofSeconds(5));

        assertThat(limiter.admit("2002")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(5)));
        assertThat(limiter.admit("-100200")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(5)));
        assertThat(limiter.botPausedUntil()).isEqualTo(T0.plusSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.admit("2002")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void a429ForAGroupPausesOnlyThatGroup() {
        limiter.retryAfter("-100200", Duration.ofSeconds(40));

        assertThat(limiter.admit("-100200")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(40)));
        assertThat(limiter.admit("-100300")).isInstanceOf(Admission.Admitted.class);
        assertThat(limiter.admit("1001")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aShorterPauseNeverShortensALongerOne() {
        limiter.pauseBot(Duration.ofSeconds(30));
        limiter.pauseBot(Duration.ofSeconds(2));
        limiter.pauseChat("-100200", Duration.ofSeconds(50));
        limiter.pauseChat("-100200", Duration.ofSeconds(1));

        assertThat(limiter.admit("1001")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(30)));
        assertThat(limiter.admit("-100200")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(50)));
    }

    @Test
    void theLatestOfAllConstraintsWins() {
        limiter.admit("1001");
        limiter.pauseBot(Duration.ofMillis(300));

        assertThat(limiter.admit("1001")).isEqualTo(new Admission.NotBefore(T0.plusSeconds(1)));
        assertThat(limiter.admit("2002")).isEqualTo(new Admission.NotBefore(T0.plusMillis(300)));
    }

    @Test
    void chatKindsFollowTheSignOfTheId() {
        assertThat(BotRateLimiter.isPrivate("123")).isTrue();
        assertThat(BotRateLimiter.isPrivate("-123")).isFalse();
        assertThat(BotRateLimiter.isPrivate("-1001234567890")).isFalse();
        assertThat(BotRateLimiter.isPrivate("@channel")).isFalse();
    }

    @Test
    void eachBotHasItsOwnBudget() {
        RateLimiters limiters = new RateLimiters(clock, RateLimits.telegram());
        limiters.forBot(1).admit("1001");

        assertThat(limiters.forBot(1).admit("1001")).isInstanceOf(Admission.NotBefore.class);
        assertThat(limiters.forBot(2).admit("1001")).isInstanceOf(Admission.Admitted.class);
        assertThat(limiters.forBot(1)).isSameAs(limiters.forBot(1));
    }
}
