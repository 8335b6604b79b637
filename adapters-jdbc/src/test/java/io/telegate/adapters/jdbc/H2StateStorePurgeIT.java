package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expired state rows stay invisible until {@link JdbcStateStore#purgeExpired()} removes them. */
class H2StateStorePurgeIT {

    @Test
    void purgeRemovesOnlyTheRowsWhoseTimeHasPassed() {
        try (ScratchDatabase scratch = ScratchDatabase.h2()) {
            MutableClock clock = new MutableClock();
            JdbcStateStore store = new JdbcStateStore(scratch.database(), clock);
            store.put("dedupe:1", "seen", Optional.of(Duration.ofSeconds(10)));
            store.put("dedupe:2", "seen", Optional.of(Duration.ofSeconds(60)));
            store.put("position", "42", Optional.empty());

            clock.advance(Duration.ofSeconds(30));

            assertThat(scratch.count("kv_state")).isEqualTo(3);
            assertThat(store.purgeExpired()).isEqualTo(1);
            assertThat(scratch.count("kv_state")).isEqualTo(2);
            assertThat(store.get("dedupe:2")).contains("seen");
            assertThat(store.get("position")).contains("42");
        }
    }
}
