package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisConfigTest {

    private final RedisConfig defaults = RedisConfig.defaults("redis://127.0.0.1:6379/0", "fetcher-1");

    @Test
    void theDefaultsAreTheNamesOfSeed002() {
        assertThat(defaults.commandsKey()).isEqualTo("tg_commands");
        assertThat(defaults.eventsChannel()).isEqualTo("tg_events");
        assertThat(defaults.eventsStreamKey()).isEqualTo("tg_events:stream");
        assertThat(defaults.eventsStreamMaxLength()).isEqualTo(100_000);
        assertThat(defaults.deadLetterKey()).isEqualTo("tg_commands:dead");
        assertThat(defaults.keyPrefix()).isEqualTo("telegate:");
        assertThat(defaults.commandTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theProcessingListAndRedeliveryCountsFollowTheCommandsKey() {
        RedisConfig renamed = defaults.withCommandsKey("jobs").withConsumerName("host-7");

        assertThat(defaults.processingKey()).isEqualTo("tg_commands:processing:fetcher-1");
        assertThat(defaults.redeliveredKey()).isEqualTo("tg_commands:redelivered");
        assertThat(renamed.processingKey()).isEqualTo("jobs:processing:host-7");
        assertThat(renamed.redeliveredKey()).isEqualTo("jobs:redelivered");
    }

    @Test
    void eachCopyMethodChangesOnlyItsComponent() {
        RedisConfig changed = defaults.withEventsChannel("events").withEventsStreamKey("events:log")
                .withEventsStreamMaxLength(10).withDeadLetterKey("dead").withKeyPrefix("")
                .withCommandTimeout(Duration.ofMillis(250)).withUrl("redis://10.0.0.5:6380/2");

        assertThat(changed).isEqualTo(new RedisConfig("redis://10.0.0.5:6380/2", "tg_commands", "events",
                "events:log", 10, "dead", "fetcher-1", "", Duration.ofMillis(250)));
    }

    @Test
    void thePasswordOfTheUrlIsMaskedWhenTheConfigIsPrinted() {
        RedisConfig secret = defaults.withUrl("redis://:s3cret-passw0rd@redis.internal:6379/3");

        assertThat(secret.toString()).doesNotContain("s3cret-passw0rd")
                .contains("redis.internal").contains("fetcher-1");
        assertThat(secret.url()).contains("s3cret-passw0rd");
    }

    @Test
    void anUnparsableUrlIsRejectedWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("http://:s3cret@host:6379"))
                .withMessageNotContaining("s3cret");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("s3cret-not-a-url"))
                .withMessageNotContaining("s3cret");
    }

    @Test
    void blankNamesAndNonPositiveLimitsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withCommandsKey(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withEventsChannel(""));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withConsumerName(""));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withEventsStreamMaxLength(0));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withCommandTimeout(Duration.ZERO));
    }
}
