package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.api.sync.RedisCommands;
import io.telegate.ports.model.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link RedisLeases} used by two processes (two clients of their own) and what they store in Redis. */
class RedisLeasesFencingIT {

    private static final Duration STEADY = Duration.ofSeconds(30);

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisConfig config = redis.config("leases");
    private final RedisLeases processA = new RedisLeases(redis.connections(config));
    private final RedisLeases processB = new RedisLeases(redis.connections(config));
    private final RedisCommands<String, String> raw = redis.raw();

    @AfterEach
    void deleteTheKeys() {
        redis.close();
    }

    @Test
    void tokensKeepGrowingAsTheLeasePassesBetweenTwoClients() {
        List<Long> tokens = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Lease a = processA.acquire("chat:-100123", "a", STEADY).orElseThrow();
            assertThat(processB.acquire("chat:-100123", "b", STEADY)).isEmpty();
            assertThat(processB.release(a)).isTrue();
            Lease b = processB.acquire("chat:-100123", "b", STEADY).orElseThrow();
            assertThat(processA.acquire("chat:-100123", "a", STEADY)).isEmpty();
            assertThat(processA.release(b)).isTrue();
            tokens.add(a.fencingToken());
            tokens.add(b.fencingToken());
        }

        assertThat(tokens).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aLeaseLapsesByRedisTimeAndTheOtherClientTakesItOverWithAGreaterToken() {
        Lease lapsing = processA.acquire("chat:-100123", "a", Duration.ofMillis(200)).orElseThrow();

        Lease takenOver = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> processB.acquire("chat:-100123", "b", STEADY), Optional::isPresent).orElseThrow();

        assertThat(takenOver.fencingToken()).isGreaterThan(lapsing.fencingToken());
        assertThat(processA.renew(lapsing, STEADY)).isEmpty();
        assertThat(processA.release(lapsing)).isFalse();
        assertThat(processA.holder("chat:-100123")).map(Lease::owner).contains("b");
    }

    @Test
    void theLeaseIsStoredAsOwnerAndTokenWhileTheFenceCounterNeverExpires() {
        Lease lease = processA.acquire("chat:-100123", "worker-7", STEADY).orElseThrow();

        assertThat(raw.get(config.keyPrefix() + "lease:chat:-100123")).isEqualTo("worker-7|" + lease.fencingToken());
        assertThat(raw.pttl(config.keyPrefix() + "lease:chat:-100123")).isBetween(1L, STEADY.toMillis());
        assertThat(raw.get(config.keyPrefix() + "lease-fence:chat:-100123"))
                .isEqualTo(String.valueOf(lease.fencingToken()));
        assertThat(raw.pttl(config.keyPrefix() + "lease-fence:chat:-100123")).isEqualTo(-1L);
    }

    @Test
    void ownersContainingTheSeparatorAreReadBackWhole() {
        Lease lease = processA.acquire("session", "host-1|pid-42", STEADY).orElseThrow();

        Lease seen = processB.holder("session").orElseThrow();

        assertThat(seen.owner()).isEqualTo("host-1|pid-42");
        assertThat(seen.fencingToken()).isEqualTo(lease.fencingToken());
        assertThat(processB.acquire("session", "host-1", STEADY)).isEmpty();
        assertThat(processB.release(lease)).isTrue();
    }

    @Test
    void expiryIsReckonedWithThisProcessesClockFromBeforeTheRequest() {
        Instant before = Instant.now();
        Lease lease = processA.acquire("chat:-100123", "a", STEADY).orElseThrow();
        Instant after = Instant.now();
        Lease seen = processB.holder("chat:-100123").orElseThrow();
        Instant afterHolder = Instant.now();

        assertThat(lease.expiresAt()).isBetween(before.plus(STEADY), after.plus(STEADY));
        assertThat(seen.expiresAt()).isAfter(after).isBeforeOrEqualTo(afterHolder.plus(STEADY));
    }
}
