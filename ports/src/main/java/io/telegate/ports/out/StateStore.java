package io.telegate.ports.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Small key-value state with optional time-to-live (monitor positions, dedupe markers, caches).
 *
 * <p>Contract: a value written is read back until it expires or is deleted; a key past its TTL reads as
 * absent. {@link #putIfAbsent} and {@link #compareAndSet} are atomic across processes sharing the store.
 * A zero or negative TTL is rejected with {@link IllegalArgumentException}. Thread-safe.
 */
public interface StateStore {

    Optional<String> get(String key);

    /** Sets the value, replacing any; {@code ttl} empty means no expiry. */
    void put(String key, String value, Optional<Duration> ttl);

    /** Sets the value only if the key is absent; returns whether it was set. */
    boolean putIfAbsent(String key, String value, Optional<Duration> ttl);

    /** Replaces the value only if it currently equals {@code expected}; returns whether it was replaced. */
    boolean compareAndSet(String key, String expected, String value);

    /** Removes the key; returns whether it was there. */
    boolean delete(String key);
}
