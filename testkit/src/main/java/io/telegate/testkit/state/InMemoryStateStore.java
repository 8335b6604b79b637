package io.telegate.testkit.state;

import io.telegate.ports.out.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link StateStore} in a concurrent map; expiry is read from the injected clock, and
 * {@link #compareAndSet} keeps the key's remaining time-to-live.
 */
public final class InMemoryStateStore implements StateStore {

    private record Entry(String value, Instant expiresAt) {

        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public InMemoryStateStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> get(String key) {
        return live(key).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Optional<Duration> ttl) {
        Objects.requireNonNull(key, "key");
        entries.put(key, new Entry(Objects.requireNonNull(value, "value"), expiry(ttl)));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Optional<Duration> ttl) {
        Objects.requireNonNull(key, "key");
        Entry fresh = new Entry(Objects.requireNonNull(value, "value"), expiry(ttl));
        Instant now = clock.instant();
        return entries.compute(key, (k, old) -> old != null && old.liveAt(now) ? old : fresh) == fresh;
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(value, "value");
        Instant now = clock.instant();
        AtomicBoolean replaced = new AtomicBoolean();
        entries.computeIfPresent(key, (k, old) -> {
            if (!old.liveAt(now) || !old.value().equals(expected)) {
                return old;
            }
            replaced.set(true);
            return new Entry(value, old.expiresAt());
        });
        return replaced.get();
    }

    @Override
    public boolean delete(String key) {
        Entry removed = entries.remove(Objects.requireNonNull(key, "key"));
        return removed != null && removed.liveAt(clock.instant());
    }

    /** When {@code key} expires: empty when it is absent or never expires. */
    public Optional<Instant> expiryOf(String key) {
        return live(key).map(Entry::expiresAt).filter(at -> !at.equals(Instant.MAX));
    }

    /** The live keys and their values, sorted by key. */
    public Map<String, String> snapshot() {
        Instant now = clock.instant();
        Map<String, String> live = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (entry.liveAt(now)) {
                live.put(key, entry.value());
            }
        });
        return live;
    }

    private Optional<Entry> live(String key) {
        Entry entry = entries.get(Objects.requireNonNull(key, "key"));
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.liveAt(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    private Instant expiry(Optional<Duration> ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isEmpty()) {
            return Instant.MAX;
        }
        Duration timeToLive = ttl.get();
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            throw new IllegalArgumentException("a time-to-live must be positive, got " + timeToLive);
        }
        return clock.instant().plus(timeToLive);
    }
}
