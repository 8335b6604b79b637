package io.telegate.testkit.state;

import io.telegate.testkit.fixtures.Concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour the {@link Leases} Javadoc promises, run against any implementation of the port.
 *
 * <p>An adapter's test extends this class and implements {@link #leases()}, the leases under test, and
 * {@link #letTimePass(Duration)}, which lets at least that much time pass as the leases see it: advance a fake
 * clock for an in-memory implementation, sleep for a server that expires leases itself. Leases that should lapse
 * live 1 s (2 s when renewed) and the waits are at most 1.5 s. Every lease name starts with {@link #namePrefix()},
 * unique per test, so a shared server needs no cleaning between tests.
 *
 * <pre>{@code
 * class JdbcLeasesIT extends LeasesContract {
 *
 *     private final JdbcLeases leases = new JdbcLeases(dataSource, Clock.systemUTC());
 *
 *     @Override
 *     protected Leases leases() {
 *         return leases;
 *     }
 *
 *     @Override
 *     protected void letTimePass(Duration duration) throws InterruptedException {
 *         Thread.sleep(duration);
 *     }
 * }
 * }</pre>
 */
public abstract class LeasesContract {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static final Duration LONGER_TTL = Duration.ofSeconds(2);
    private static final Duration WHILE_LIVE = Duration.ofMillis(600);
    private static final Duration PAST_TTL = Duration.ofMillis(1500);
    /** For tests that let no time pass: long enough that no lease lapses on a slow machine. */
    private static final Duration STEADY_TTL = Duration.ofSeconds(30);

    private final String namePrefix = "contract-" + UUID.randomUUID() + ":";

    /** The leases under test; every call during one test returns the same one. */
    protected abstract Leases leases();

    /** Lets at least {@code duration} pass as the leases see time (advance their clock, or sleep). */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    /** What every lease name used by the current test starts with. */
    protected final String namePrefix() {
        return namePrefix;
    }

    @Test
    void aFreeNameIsAcquiredAndShownAsHeldByItsOwner() {
        assertThat(leases().holder(name("chat"))).isEmpty();

        Lease lease = acquired(name("chat"), "process-a", STEADY_TTL);

        assertThat(lease.name()).isEqualTo(name("chat"));
        assertThat(lease.owner()).isEqualTo("process-a");
        assertThat(leases().holder(name("chat"))).hasValueSatisfying(holder -> assertSameHolding(holder, lease));
    }

    @Test
    void aHeldNameIsRefusedToAnotherOwner() {
        Lease lease = acquired(name("chat"), "process-a", STEADY_TTL);

        assertThat(leases().acquire(name("chat"), "process-b", STEADY_TTL)).isEmpty();
        assertThat(leases().holder(name("chat"))).hasValueSatisfying(holder -> assertSameHolding(holder, lease));
    }

    @Test
    void anExpiredLeaseIsTakenByAnotherOwnerWithAGreaterToken() throws InterruptedException {
        Lease first = acquired(name("chat"), "process-a", TTL);

        letTimePass(PAST_TTL);
        assertThat(leases().holder(name("chat"))).isEmpty();
        Lease second = acquired(name("chat"), "process-b", TTL);

        assertThat(second.owner()).isEqualTo("process-b");
        assertThat(second.fencingToken()).isGreaterThan(first.fencingToken());
    }

    @Test
    void theHolderAcquiringAgainRenewsItsLease() throws InterruptedException {
        Lease first = acquired(name("chat"), "process-a", TTL);
        letTimePass(WHILE_LIVE);

        Lease again = acquired(name("chat"), "process-a", LONGER_TTL);
        letTimePass(WHILE_LIVE);

        assertThat(again.owner()).isEqualTo("process-a");
        assertThat(again.expiresAt()).isAfter(first.expiresAt());
        assertThat(leases().acquire(name("chat"), "process-b", TTL)).isEmpty();
        assertThat(leases().holder(name("chat"))).map(Lease::owner).contains("process-a");
    }

    @Test
    void renewExtendsTheHeldLeaseKeepingOwnerAndToken() throws InterruptedException {
        Lease first = acquired(name("chat"), "process-a", TTL);
        letTimePass(WHILE_LIVE);

        Optional<Lease> renewed = leases().renew(first, LONGER_TTL);
        letTimePass(WHILE_LIVE);

        assertThat(renewed).hasValueSatisfying(lease -> {
            assertSameHolding(lease, first);
            assertThat(lease.expiresAt()).isAfter(first.expiresAt());
        });
        assertThat(leases().acquire(name("chat"), "process-b", TTL)).isEmpty();
        assertThat(leases().holder(name("chat"))).hasValueSatisfying(holder -> assertSameHolding(holder, first));
    }

    @Test
    void aLeaseLostToAnotherOwnerCanNeitherBeRenewedNorReleased() throws InterruptedException {
        Lease lost = acquired(name("chat"), "process-a", TTL);
        letTimePass(PAST_TTL);
        Lease taken = acquired(name("chat"), "process-b", STEADY_TTL);

        assertThat(leases().renew(lost, TTL)).isEmpty();
        assertThat(leases().release(lost)).isFalse();
        assertThat(leases().holder(name("chat"))).hasValueSatisfying(holder -> assertSameHolding(holder, taken));
    }

    @Test
    void releaseFreesTheNameAndAReleasedLeaseIsGoneForGood() {
        Lease lease = acquired(name("chat"), "process-a", STEADY_TTL);

        assertThat(leases().release(lease)).isTrue();
        assertThat(leases().holder(name("chat"))).isEmpty();
        assertThat(leases().release(lease)).isFalse();
        assertThat(leases().renew(lease, STEADY_TTL)).isEmpty();
        Lease next = acquired(name("chat"), "process-b", STEADY_TTL);
        assertThat(next.fencingToken()).isGreaterThan(lease.fencingToken());
    }

    @Test
    void renewAndReleaseActOnlyForTheHolderWithTheSameToken() {
        Lease stale = acquired(name("chat"), "process-a", STEADY_TTL);
        leases().release(stale);
        leases().release(acquired(name("chat"), "process-b", STEADY_TTL));
        Lease current = acquired(name("chat"), "process-a", STEADY_TTL);
        Lease forged = new Lease(current.name(), "process-b", current.fencingToken(), current.expiresAt());

        assertThat(leases().renew(stale, STEADY_TTL)).isEmpty();
        assertThat(leases().release(stale)).isFalse();
        assertThat(leases().renew(forged, STEADY_TTL)).isEmpty();
        assertThat(leases().release(forged)).isFalse();
        assertThat(leases().holder(name("chat"))).hasValueSatisfying(holder -> assertSameHolding(holder, current));
    }

    @Test
    void fencingTokensGrowWithEveryNewOwner() {
        List<Long> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Lease lease = acquired(name("chat"), "process-" + i, STEADY_TTL);
            tokens.add(lease.fencingToken());
            assertThat(leases().release(lease)).isTrue();
        }

        assertThat(tokens).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void differentNamesAreLeasedIndependently() {
        Lease one = acquired(name("chat-1"), "process-a", STEADY_TTL);
        Lease other = acquired(name("chat-2"), "process-b", STEADY_TTL);

        assertThat(leases().holder(name("chat-1"))).hasValueSatisfying(holder -> assertSameHolding(holder, one));
        assertThat(leases().holder(name("chat-2"))).hasValueSatisfying(holder -> assertSameHolding(holder, other));
    }

    @Test
    @Timeout(120)
    void exactlyOneOfManyConcurrentAcquirersWins() {
        for (int round = 0; round < 10; round++) {
            String name = name("race-" + round);

            List<Optional<Lease>> results =
                    Concurrently.collect(8, racer -> leases().acquire(name, "racer-" + racer, STEADY_TTL));

            List<Lease> winners = results.stream().flatMap(Optional::stream).toList();
            assertThat(winners).as("winners of round %d", round).hasSize(1);
            assertThat(leases().holder(name)).hasValueSatisfying(holder -> assertSameHolding(holder, winners.get(0)));
        }
    }

    private Lease acquired(String name, String owner, Duration ttl) {
        Optional<Lease> lease = leases().acquire(name, owner, ttl);
        assertThat(lease).as("%s acquiring %s", owner, name).isPresent();
        return lease.orElseThrow();
    }

    private static void assertSameHolding(Lease actual, Lease expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.owner()).isEqualTo(expected.owner());
        assertThat(actual.fencingToken()).isEqualTo(expected.fencingToken());
    }

    private String name(String resource) {
        return namePrefix + resource;
    }
}
