package io.telegate.testkit.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.telegate.ports.out.StateStore;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest extends StateStoreContract {

    private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryStateStore store = new InMemoryStateStore(clock);

    @Override
    protected StateStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aKeyExpiresExactlyWhenItsTtlEnds() {
        store.put("k", "v", Optional.of(Duration.ofSeconds(10)));

        clock.advance(Duration.ofSeconds(10).minusNanos(1));
        assertThat(store.get("k")).contains("v");
        clock.advance(Duration.ofNanos(1));
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void compareAndSetKeepsTheRemainingTtl() {
        store.put("k", "a", Optional.of(Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(4));

        assertThat(store.compareAndSet("k", "a", "b")).isTrue();

        assertThat(store.expiryOf("k")).contains(START.plusSeconds(10));
        clock.advance(Duration.ofSeconds(6));
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void expiryOfIsEmptyForAKeyWithoutTtlOrWithoutValue() {
        store.put("forever", "v", Optional.empty());

        assertThat(store.expiryOf("forever")).isEmpty();
        assertThat(store.expiryOf("missing")).isEmpty();
    }

    @Test
    void snapshotShowsOnlyLiveKeysSortedByKey() {
        store.put("b", "2", Optional.empty());
        store.put("a", "1", Optional.empty());
        store.put("expiring", "x", Optional.of(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));

        assertThat(store.snapshot()).containsExactly(entry("a", "1"), entry("b", "2"));
    }
}
