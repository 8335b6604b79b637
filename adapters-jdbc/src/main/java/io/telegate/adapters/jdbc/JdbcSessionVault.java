package io.telegate.adapters.jdbc;

import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.out.SessionVault;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Sealed user-account sessions in the {@code sessions} table, one row per session id, stamped with the clock. */
public final class JdbcSessionVault implements SessionVault {

    private static final String FIND = "SELECT id, key_id, sealed FROM sessions WHERE id = :id";
    private static final String DELETE = "DELETE FROM sessions WHERE id = :id";
    private static final String IDS = "SELECT id FROM sessions ORDER BY id";

    private final JdbcDatabase database;
    private final Clock clock;
    private final String upsert;

    @Inject
    public JdbcSessionVault(JdbcDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.upsert = database.dialect().upsert("sessions", "id", "key_id", "sealed", "updated_at");
    }

    @Override
    public void put(EncryptedSession session) {
        Objects.requireNonNull(session, "session");
        Upserts.run(database, "put session", handle -> handle.createUpdate(upsert)
                .bind("id", session.sessionId())
                .bind("key_id", session.keyId())
                .bind("sealed", session.sealed())
                .bind("updated_at", Timestamps.argument(clock.instant()))
                .execute());
    }

    @Override
    public Optional<EncryptedSession> find(String sessionId) {
        Objects.requireNonNull(sessionId, "session id");
        return database.withHandle("find session", handle -> handle.createQuery(FIND).bind("id", sessionId)
                .map((row, context) -> new EncryptedSession(row.getString("id"), row.getString("key_id"),
                        row.getString("sealed")))
                .findOne());
    }

    @Override
    public boolean remove(String sessionId) {
        Objects.requireNonNull(sessionId, "session id");
        return database.withHandle("remove session",
                handle -> handle.createUpdate(DELETE).bind("id", sessionId).execute() == 1);
    }

    @Override
    public List<String> ids() {
        return database.withHandle("list sessions", handle -> handle.createQuery(IDS).mapTo(String.class).list());
    }
}
