package io.telegate.testkit.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLeasesTest extends LeasesContract {

    private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryLeases leases = new InMemoryLeases(clock);

    @Override
    protected Leases leases() {
        return leases;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void theFirstTokenOfANameIsOneAndExpiryComesFromTheClock() {
        Lease lease = leases.acquire("chat", "process-a", MINUTE).orElseThrow();

        assertThat(lease).isEqualTo(new Lease("chat", "process-a", 1, START.plus(MINUTE)));
    }

    @Test
    void aLeaseLapsesExactlyAtItsExpiry() {
        leases.acquire("chat", "process-a", MINUTE);

        clock.advance(MINUTE.minusNanos(1));
        assertThat(leases.holder("chat")).isPresent();
        clock.advance(Duration.ofNanos(1));
        assertThat(leases.holder("chat")).isEmpty();
    }

    @Test
    void anExpiredLeaseIsNotRenewedButItsHolderMayAcquireAgainWithANewToken() {
        Lease expired = leases.acquire("chat", "process-a", MINUTE).orElseThrow();
        clock.advance(MINUTE);

        assertThat(leases.renew(expired, MINUTE)).isEmpty();
        assertThat(leases.acquire("chat", "process-a", MINUTE)).map(Lease::fencingToken).contains(2L);
    }

    @Test
    void reacquiringAHeldLeaseKeepsItsToken() {
        Lease first = leases.acquire("chat", "process-a", MINUTE).orElseThrow();
        clock.advance(Duration.ofSeconds(30));

        Lease again = leases.acquire("chat", "process-a", MINUTE).orElseThrow();

        assertThat(again).isEqualTo(new Lease("chat", "process-a", first.fencingToken(), clock.instant().plus(MINUTE)));
    }

    @Test
    void aZeroOrNegativeTtlIsRejected() {
        Lease lease = leases.acquire("chat", "process-a", MINUTE).orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> leases.acquire("other", "process-a", Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> leases.renew(lease, Duration.ofSeconds(-1)));
        assertThat(leases.holder("other")).isEmpty();
    }
}
