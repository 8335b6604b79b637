package io.telegate.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionPoolTest {

    private final SessionDescriptor primary = session("primary");
    private final SessionDescriptor first = session("first");
    private final SessionDescriptor second = session("second");
    private final Map<String, AccessLossReason> quarantined = new HashMap<>();
    private final SessionPool pool = new SessionPool(primary, List.of(first, second),
            id -> Optional.ofNullable(quarantined.get(id)));

    private static SessionDescriptor session(String id) {
        return new SessionDescriptor(id, "hash-" + id, "string-" + id);
    }

    @Test
    void thePrimaryIsPromotedFirstAndBackupsInTheirOrderAfterLosses() {
        assertThat(pool.promoteBackup(Set.of()).source()).contains(primary);

        pool.markLost("primary", AccessLossReason.KICKED);
        assertThat(pool.source()).isEmpty();
        assertThat(pool.promoteBackup(Set.of()).source()).contains(first);
        pool.markLost("first", AccessLossReason.CONNECTION_LOST);
        assertThat(pool.promoteBackup(Set.of()).source()).contains(second);
    }

    @Test
    void quarantinedSessionsAreSkippedAndReportedAsLostOnce() {
        quarantined.put("primary", AccessLossReason.USER_DEACTIVATED);

        SessionPool.Promotion promotion = pool.promoteBackup(Set.of());

        assertThat(promotion.source()).contains(first);
        assertThat(promotion.skipped()).containsExactly(Map.entry("primary", AccessLossReason.USER_DEACTIVATED));
        assertThat(pool.lost()).containsKey("primary");
        assertThat(pool.promoteBackup(Set.of()).skipped()).isEmpty();
    }

    @Test
    void unavailableSessionsAreSkippedWithoutBeingLost() {
        assertThat(pool.promoteBackup(Set.of("primary", "first")).source()).contains(second);
        assertThat(pool.lost()).isEmpty();
        assertThat(pool.promoteBackup(Set.of("primary", "first", "second")).source()).isEmpty();
        assertThat(pool.exhausted()).isFalse();
    }

    @Test
    void aSessionIsLostOnlyOnceAndThePoolIsExhaustedWhenAllAre() {
        assertThat(pool.markLost("first", AccessLossReason.KICKED)).isTrue();
        assertThat(pool.markLost("first", AccessLossReason.CHANNEL_PRIVATE)).isFalse();
        assertThat(pool.lost()).containsEntry("first", AccessLossReason.KICKED);
        assertThat(pool.markLost("unknown", AccessLossReason.KICKED)).isFalse();

        pool.markLost("primary", AccessLossReason.SESSION_REVOKED);
        pool.markLost("second", AccessLossReason.USER_BANNED);

        assertThat(pool.exhausted()).isTrue();
        assertThat(pool.promoteBackup(Set.of()).source()).isEmpty();
    }

    @Test
    void readersStartWithTheSourceAndLeaveOutLostAndQuarantinedSessions() {
        pool.promoteBackup(Set.of("primary"));
        quarantined.put("second", AccessLossReason.USER_BANNED);

        assertThat(pool.readers()).containsExactly(first, primary);
    }

    @Test
    void aSessionListedTwiceIsKeptOnceInItsFirstPlace() {
        SessionPool twice = new SessionPool(primary, List.of(first, primary, first), id -> Optional.empty());

        assertThat(twice.sessions()).containsExactly(primary, first);
    }
}
