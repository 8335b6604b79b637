package io.telegate.adapters.jdbc;

import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Leases in the {@code leases} table with fencing tokens from {@code lease_fences}, which keeps the last token of
 * every name ever leased, so a token is never handed out twice even after a release.
 *
 * <p>Expiry is judged by the injected clock (a lease lapses at its {@code expiresAt}); processes sharing the
 * database need synchronised clocks. {@link #acquire} locks the name's fence row ({@code SELECT ... FOR UPDATE}),
 * which serialises acquirers of one name across processes; renew and release are single conditional statements.
 * An expired lease cannot be renewed, only acquired again.
 */
public final class JdbcLeases implements Leases {

    private static final String ADD_FENCE = "INSERT INTO lease_fences (name, last_token) VALUES (:name, 0)"
            + " ON CONFLICT DO NOTHING";
    private static final String LOCK_FENCE = "SELECT last_token FROM lease_fences WHERE name = :name FOR UPDATE";
    private static final String ADVANCE_FENCE = "UPDATE lease_fences SET last_token = :token WHERE name = :name";
    private static final String HOLDER = "SELECT name, owner, fencing_token, expires_at FROM leases"
            + " WHERE name = :name AND expires_at > :now";
    private static final String EXTEND = "UPDATE leases SET expires_at = :expiresAt WHERE name = :name"
            + " AND owner = :owner AND fencing_token = :token AND expires_at > :now";
    private static final String DROP = "DELETE FROM leases WHERE name = :name";
    private static final String RELEASE = DROP + " AND owner = :owner AND fencing_token = :token AND expires_at > :now";
    private static final String HOLD = "INSERT INTO leases (name, owner, fencing_token, expires_at)"
            + " VALUES (:name, :owner, :token, :expiresAt)";

    private final JdbcDatabase database;
    private final Clock clock;

    @Inject
    public JdbcLeases(JdbcDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Lease> acquire(String name, String owner, Duration ttl) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        requirePositive(ttl);
        database.withHandle("acquire lease", handle -> handle.createUpdate(ADD_FENCE).bind("name", name).execute());
        return database.inTransaction("acquire lease", handle -> {
            long lastToken = handle.createQuery(LOCK_FENCE).bind("name", name).mapTo(Long.class).one();
            Instant now = clock.instant();
            Optional<Lease> held = holder(handle, name, now);
            if (held.isPresent() && !held.get().owner().equals(owner)) {
                return Optional.empty();
            }
            long token = held.map(Lease::fencingToken).orElse(lastToken + 1);
            Lease lease = new Lease(name, owner, token, Timestamps.stored(now.plus(ttl)));
            handle.createUpdate(ADVANCE_FENCE).bind("name", name).bind("token", token).execute();
            handle.createUpdate(DROP).bind("name", name).execute();
            handle.createUpdate(HOLD).bind("name", name).bind("owner", owner).bind("token", token)
                    .bind("expiresAt", Timestamps.argument(lease.expiresAt())).execute();
            return Optional.of(lease);
        });
    }

    @Override
    public Optional<Lease> renew(Lease lease, Duration ttl) {
        Objects.requireNonNull(lease, "lease");
        requirePositive(ttl);
        Instant now = clock.instant();
        Lease renewed = new Lease(lease.name(), lease.owner(), lease.fencingToken(), Timestamps.stored(now.plus(ttl)));
        boolean extended = database.withHandle("renew lease", handle -> handle.createUpdate(EXTEND)
                .bind("name", lease.name()).bind("owner", lease.owner()).bind("token", lease.fencingToken())
                .bind("expiresAt", Timestamps.argument(renewed.expiresAt())).bind("now", Timestamps.argument(now))
                .execute() == 1);
        return extended ? Optional.of(renewed) : Optional.empty();
    }

    @Override
    public boolean release(Lease lease) {
        Objects.requireNonNull(lease, "lease");
        return database.withHandle("release lease", handle -> handle.createUpdate(RELEASE)
                .bind("name", lease.name()).bind("owner", lease.owner()).bind("token", lease.fencingToken())
                .bind("now", Timestamps.argument(clock.instant())).execute() == 1);
    }

    @Override
    public Optional<Lease> holder(String name) {
        Objects.requireNonNull(name, "name");
        return database.withHandle("read lease holder", handle -> holder(handle, name, clock.instant()));
    }

    private static Optional<Lease> holder(Handle handle, String name, Instant now) {
        return handle.createQuery(HOLDER).bind("name", name).bind("now", Timestamps.argument(now))
                .map((row, context) -> new Lease(row.getString("name"), row.getString("owner"),
                        row.getLong("fencing_token"), Timestamps.read(row, "expires_at")))
                .findOne();
    }

    private static void requirePositive(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("a lease's time-to-live must be positive, got " + ttl);
        }
    }
}
