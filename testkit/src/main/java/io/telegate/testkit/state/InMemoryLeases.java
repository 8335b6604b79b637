package io.telegate.testkit.state;

import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Leases} in memory: expiry read from the injected clock (a lease lapses at its {@code expiresAt}),
 * fencing tokens counting up from 1 per name; an expired lease cannot be renewed, only acquired again.
 */
public final class InMemoryLeases implements Leases {

    private final Clock clock;
    private final Map<String, Lease> current = new HashMap<>();
    private final Map<String, Long> lastTokens = new HashMap<>();

    public InMemoryLeases(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Optional<Lease> acquire(String name, String owner, Duration ttl) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        requirePositive(ttl);
        Instant now = clock.instant();
        Optional<Lease> held = live(name, now);
        if (held.isPresent() && !held.get().owner().equals(owner)) {
            return Optional.empty();
        }
        long token = held.isPresent() ? held.get().fencingToken() : lastTokens.merge(name, 1L, Long::sum);
        return Optional.of(hold(new Lease(name, owner, token, now.plus(ttl))));
    }

    @Override
    public synchronized Optional<Lease> renew(Lease lease, Duration ttl) {
        Objects.requireNonNull(lease, "lease");
        requirePositive(ttl);
        Instant now = clock.instant();
        return live(lease.name(), now)
                .filter(held -> sameHolding(held, lease))
                .map(held -> hold(new Lease(held.name(), held.owner(), held.fencingToken(), now.plus(ttl))));
    }

    @Override
    public synchronized boolean release(Lease lease) {
        Objects.requireNonNull(lease, "lease");
        boolean held = live(lease.name(), clock.instant()).filter(h -> sameHolding(h, lease)).isPresent();
        if (held) {
            current.remove(lease.name());
        }
        return held;
    }

    @Override
    public synchronized Optional<Lease> holder(String name) {
        return live(Objects.requireNonNull(name, "name"), clock.instant());
    }

    private Lease hold(Lease lease) {
        current.put(lease.name(), lease);
        return lease;
    }

    private Optional<Lease> live(String name, Instant now) {
        return Optional.ofNullable(current.get(name)).filter(lease -> now.isBefore(lease.expiresAt()));
    }

    private static boolean sameHolding(Lease held, Lease claimed) {
        return held.owner().equals(claimed.owner()) && held.fencingToken() == claimed.fencingToken();
    }

    private static void requirePositive(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("a lease's time-to-live must be positive, got " + ttl);
        }
    }
}
