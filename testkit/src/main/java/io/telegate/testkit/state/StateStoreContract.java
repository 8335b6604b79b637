package io.telegate.testkit.state;

import io.telegate.testkit.fixtures.Concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.telegate.ports.out.StateStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour the {@link StateStore} Javadoc promises, run against any implementation of the port.
 *
 * <p>An adapter's test extends this class and implements {@link #store()}, the store under test, and
 * {@link #letTimePass(Duration)}, which lets at least that much time pass as the store sees it: advance a fake
 * clock for an in-memory store, sleep for a server that expires keys itself. The time-to-lives used here are
 * 1 s and the waits at most 1.5 s, so a real server with millisecond expiry passes in seconds. Every key the
 * suite writes starts with {@link #keyPrefix()}, unique per test, so a shared server needs no cleaning
 * between tests (delete {@code keyPrefix() + "*"} afterwards if it should stay tidy).
 *
 * <pre>{@code
 * class RedisStateStoreIT extends StateStoreContract {
 *
 *     private final RedisStateStore store = new RedisStateStore(redis);
 *
 *     @Override
 *     protected StateStore store() {
 *         return store;
 *     }
 *
 *     @Override
 *     protected void letTimePass(Duration duration) throws InterruptedException {
 *         Thread.sleep(duration);
 *     }
 * }
 * }</pre>
 */
public abstract class StateStoreContract {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static final Duration WHILE_LIVE = Duration.ofMillis(300);
    private static final Duration PAST_TTL = Duration.ofMillis(1500);

    private final String keyPrefix = "contract-" + UUID.randomUUID() + ":";

    /** The store under test; every call during one test returns the same one. */
    protected abstract StateStore store();

    /** Lets at least {@code duration} pass as the store sees time (advance its clock, or sleep). */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    /** What every key written by the current test starts with. */
    protected final String keyPrefix() {
        return keyPrefix;
    }

    @Test
    void aValueWrittenIsReadBack() {
        store().put(key("position"), "{\"messageId\":42}", Optional.empty());

        assertThat(store().get(key("position"))).contains("{\"messageId\":42}");
    }

    @Test
    void aKeyNeverWrittenReadsAsAbsent() {
        assertThat(store().get(key("never-written"))).isEmpty();
    }

    @Test
    void putReplacesTheValue() {
        store().put(key("position"), "1", Optional.empty());
        store().put(key("position"), "2", Optional.empty());

        assertThat(store().get(key("position"))).contains("2");
    }

    @Test
    void aKeyIsReadBackUntilItsTtlPassesAndThenReadsAsAbsent() throws InterruptedException {
        store().put(key("marker"), "seen", Optional.of(TTL));

        letTimePass(WHILE_LIVE);
        assertThat(store().get(key("marker"))).contains("seen");
        letTimePass(PAST_TTL);
        assertThat(store().get(key("marker"))).isEmpty();
    }

    @Test
    void keysWrittenWithoutTtlNeverExpireEvenWhenTheyHadOneBefore() throws InterruptedException {
        store().put(key("forever"), "kept", Optional.empty());
        store().put(key("was-expiring"), "short", Optional.of(TTL));
        store().put(key("was-expiring"), "kept too", Optional.empty());

        letTimePass(PAST_TTL);

        assertThat(store().get(key("forever"))).contains("kept");
        assertThat(store().get(key("was-expiring"))).contains("kept too");
    }

    @Test
    void anExpiredKeyIsAbsentToEveryOperation() throws InterruptedException {
        store().put(key("cas"), "old", Optional.of(TTL));
        store().put(key("del"), "old", Optional.of(TTL));
        store().put(key("pia"), "old", Optional.of(TTL));

        letTimePass(PAST_TTL);

        assertThat(store().compareAndSet(key("cas"), "old", "new")).isFalse();
        assertThat(store().get(key("cas"))).isEmpty();
        assertThat(store().delete(key("del"))).isFalse();
        assertThat(store().putIfAbsent(key("pia"), "new", Optional.empty())).isTrue();
        assertThat(store().get(key("pia"))).contains("new");
    }

    @Test
    void putIfAbsentSetsOnlyAKeyThatIsAbsent() {
        assertThat(store().putIfAbsent(key("dedupe"), "first", Optional.empty())).isTrue();
        assertThat(store().putIfAbsent(key("dedupe"), "second", Optional.empty())).isFalse();

        assertThat(store().get(key("dedupe"))).contains("first");
    }

    @Test
    void putIfAbsentAppliesItsTtl() throws InterruptedException {
        assertThat(store().putIfAbsent(key("dedupe"), "first", Optional.of(TTL))).isTrue();

        letTimePass(PAST_TTL);

        assertThat(store().get(key("dedupe"))).isEmpty();
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedValue() {
        store().put(key("state"), "a", Optional.empty());

        assertThat(store().compareAndSet(key("state"), "b", "c")).isFalse();
        assertThat(store().get(key("state"))).contains("a");
        assertThat(store().compareAndSet(key("state"), "a", "c")).isTrue();
        assertThat(store().get(key("state"))).contains("c");
    }

    @Test
    void compareAndSetOfAnAbsentKeyFailsAndWritesNothing() {
        assertThat(store().compareAndSet(key("absent"), "a", "b")).isFalse();

        assertThat(store().get(key("absent"))).isEmpty();
    }

    @Test
    void deleteRemovesTheKeyAndSaysWhetherItWasThere() {
        store().put(key("gone"), "value", Optional.empty());

        assertThat(store().delete(key("gone"))).isTrue();
        assertThat(store().get(key("gone"))).isEmpty();
        assertThat(store().delete(key("gone"))).isFalse();
    }

    @Test
    void aZeroOrNegativeTtlIsRejectedAndNothingIsWritten() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertThatIllegalArgumentException().isThrownBy(() -> store().put(key("bad"), "v", Optional.of(bad)));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> store().putIfAbsent(key("bad"), "v", Optional.of(bad)));
        }

        assertThat(store().get(key("bad"))).isEmpty();
    }

    @Test
    @Timeout(120)
    void exactlyOneOfManyConcurrentPutIfAbsentWins() {
        for (int round = 0; round < 10; round++) {
            String key = key("race-" + round);

            List<Boolean> won = Concurrently.collect(8, racer -> store().putIfAbsent(key, "racer-" + racer, Optional.empty()));

            assertThat(won).as("winners of round %d", round).containsOnlyOnce(true);
            assertThat(store().get(key)).contains("racer-" + won.indexOf(true));
        }
    }

    @Test
    @Timeout(120)
    void exactlyOneOfManyConcurrentCompareAndSetWins() {
        for (int round = 0; round < 10; round++) {
            String key = key("race-" + round);
            store().put(key, "free", Optional.empty());

            List<Boolean> won = Concurrently.collect(8, racer -> store().compareAndSet(key, "free", "racer-" + racer));

            assertThat(won).as("winners of round %d", round).containsOnlyOnce(true);
            assertThat(store().get(key)).contains("racer-" + won.indexOf(true));
        }
    }

    @Test
    @Timeout(120)
    void concurrentCompareAndSetIncrementsLoseNoUpdate() {
        String counter = key("counter");
        store().put(counter, "0", Optional.empty());

        Concurrently.collect(8, racer -> {
            for (int done = 0; done < 25; ) {
                String current = store().get(counter).orElseThrow();
                if (store().compareAndSet(counter, current, String.valueOf(Integer.parseInt(current) + 1))) {
                    done++;
                }
            }
            return racer;
        });

        assertThat(store().get(counter)).contains("200");
    }

    private String key(String name) {
        return keyPrefix + name;
    }
}
