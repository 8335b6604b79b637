package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.testkit.state.InMemoryStateStore;
import io.telegate.testkit.time.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final Instant T0 = Instant.parse("2025-11-10T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryStateStore state = new InMemoryStateStore(clock);
    private final Recipients recipients = new Recipients(state, clock);

    @Test
    void aMarkedRecipientReadsBackWithReasonAndTimeUnderItsKey() {
        recipients.markUnreachable(7, "1001", "Forbidden: bot was blocked by the user");

        assertThat(recipients.unreachable(7, "1001"))
                .contains(new RecipientMark("Forbidden: bot was blocked by the user", T0));
        assertThat(state.snapshot()).containsKey("recipient:7:1001");
    }

    @Test
    void marksArePerBot() {
        recipients.markUnreachable(7, "1001", "Forbidden: bot was blocked by the user");

        assertThat(recipients.unreachable(8, "1001")).isEmpty();
        assertThat(recipients.unreachable(7, "1002")).isEmpty();
    }

    @Test
    void clearingLiftsTheMark() {
        recipients.markUnreachable(7, "1001", "Forbidden: user is deactivated");

        assertThat(recipients.clear(7, "1001")).isTrue();
        assertThat(recipients.unreachable(7, "1001")).isEmpty();
        assertThat(recipients.clear(7, "1001")).isFalse();
    }

    @Test
    void aMigratedGroupResolvesToItsSupergroup() {
        recipients.migrated(7, "-4001", -1009001L);

        assertThat(recipients.resolve(7, "-4001")).isEqualTo("-1009001");
        assertThat(recipients.resolve(8, "-4001")).isEqualTo("-4001");
        assertThat(recipients.resolve(7, "-1009001")).isEqualTo("-1009001");
        assertThat(state.snapshot()).containsEntry("migrated:7:-4001", "-1009001");
    }

    @Test
    void migrationsAreFollowedHopByHopButAMigrationLoopEnds() {
        recipients.migrated(7, "-1", -2L);
        recipients.migrated(7, "-2", -3L);
        assertThat(recipients.resolve(7, "-1")).isEqualTo("-3");

        recipients.migrated(7, "-3", -1L);
        assertThat(recipients.resolve(7, "-1")).isIn("-1", "-2", "-3");
    }

    @Test
    void aValueWrittenByHandStillReadsAsAMark() {
        state.put("recipient:7:1001", "blocked", Optional.empty());

        assertThat(recipients.unreachable(7, "1001")).contains(new RecipientMark("blocked", Instant.EPOCH));
    }
}
