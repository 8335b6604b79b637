package io.telegate.adapters.jdbc;

import io.telegate.ports.out.StateStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Key-value state in the {@code kv_state} table. Expiry is judged by the injected clock: a row whose
 * {@code expires_at} is not after now reads as absent to every operation, and is overwritten by the next write or
 * removed by {@link #purgeExpired()}. {@link #compareAndSet} keeps the key's expiry. Atomic across processes:
 * every operation is one statement, except {@code putIfAbsent} on H2 (an update of an expired row, then an insert
 * that loses a race through the primary key).
 */
public final class JdbcStateStore implements StateStore {

    private static final String LIVE = " AND (expires_at IS NULL OR expires_at > :now)";
    private static final String GET = "SELECT state_value FROM kv_state WHERE state_key = :key" + LIVE;
    private static final String COMPARE_AND_SET = "UPDATE kv_state SET state_value = :value"
            + " WHERE state_key = :key AND state_value = :expected" + LIVE;
    private static final String DELETE = "DELETE FROM kv_state WHERE state_key = :key" + LIVE;
    private static final String PURGE = "DELETE FROM kv_state WHERE expires_at <= :now";
    private static final String PUT_IF_ABSENT_POSTGRES = "INSERT INTO kv_state (state_key, state_value, expires_at)"
            + " VALUES (:key, :value, :expiresAt) ON CONFLICT (state_key) DO UPDATE"
            + " SET state_value = EXCLUDED.state_value, expires_at = EXCLUDED.expires_at"
            + " WHERE kv_state.expires_at <= :now";
    private static final String REPLACE_EXPIRED = "UPDATE kv_state SET state_value = :value, expires_at = :expiresAt"
            + " WHERE state_key = :key AND expires_at <= :now";
    private static final String INSERT = "INSERT INTO kv_state (state_key, state_value, expires_at)"
            + " VALUES (:key, :value, :expiresAt)";

    private final JdbcDatabase database;
    private final Clock clock;
    private final String upsert;

    @Inject
    public JdbcStateStore(JdbcDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.upsert = database.dialect().upsert("kv_state", "state_key", "state_value", "expires_at");
    }

    @Override
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.withHandle("get state", handle -> handle.createQuery(GET).bind("key", key)
                .bind("now", Timestamps.argument(clock.instant())).mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value, Optional<Duration> ttl) {
        Optional<Instant> expiresAt = expiry(key, value, ttl);
        Upserts.run(database, "put state", handle -> handle.createUpdate(upsert).bind("state_key", key)
                .bind("state_value", value).bind("expires_at", Timestamps.argument(expiresAt)).execute());
    }

    @Override
    public boolean putIfAbsent(String key, String value, Optional<Duration> ttl) {
        Optional<Instant> expiresAt = expiry(key, value, ttl);
        Instant now = clock.instant();
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            return database.withHandle("put state if absent", handle -> handle.createUpdate(PUT_IF_ABSENT_POSTGRES)
                    .bind("key", key).bind("value", value).bind("expiresAt", Timestamps.argument(expiresAt))
                    .bind("now", Timestamps.argument(now)).execute() == 1);
        }
        if (database.withHandle("put state if absent", handle -> handle.createUpdate(REPLACE_EXPIRED)
                .bind("key", key).bind("value", value).bind("expiresAt", Timestamps.argument(expiresAt))
                .bind("now", Timestamps.argument(now)).execute() == 1)) {
            return true;
        }
        try {
            return database.withHandle("put state if absent", handle -> handle.createUpdate(INSERT).bind("key", key)
                    .bind("value", value).bind("expiresAt", Timestamps.argument(expiresAt)).execute() == 1);
        } catch (UniqueViolation present) {
            return false;
        }
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(value, "value");
        return database.withHandle("compare and set state", handle -> handle.createUpdate(COMPARE_AND_SET)
                .bind("key", key).bind("expected", expected).bind("value", value)
                .bind("now", Timestamps.argument(clock.instant())).execute() == 1);
    }

    @Override
    public boolean delete(String key) {
        Objects.requireNonNull(key, "key");
        return database.withHandle("delete state", handle -> handle.createUpdate(DELETE).bind("key", key)
                .bind("now", Timestamps.argument(clock.instant())).execute() == 1);
    }

    /** Removes the rows that have expired; returns how many. Run it now and then to keep the table small. */
    public int purgeExpired() {
        return database.withHandle("purge expired state", handle -> handle.createUpdate(PURGE)
                .bind("now", Timestamps.argument(clock.instant())).execute());
    }

    private Optional<Instant> expiry(String key, String value, Optional<Duration> ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ttl, "ttl");
        ttl.ifPresent(duration -> {
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("a time-to-live must be positive, got " + duration);
            }
        });
        return ttl.map(duration -> clock.instant().plus(duration));
    }
}
