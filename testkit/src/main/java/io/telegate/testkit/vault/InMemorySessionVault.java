package io.telegate.testkit.vault;

import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.out.SessionVault;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link SessionVault} in memory; {@link #ids()} lists the ids in ascending order. */
public final class InMemorySessionVault implements SessionVault {

    private final ConcurrentMap<String, EncryptedSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void put(EncryptedSession session) {
        Objects.requireNonNull(session, "session");
        sessions.put(session.sessionId(), session);
    }

    @Override
    public Optional<EncryptedSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public boolean remove(String sessionId) {
        return sessions.remove(sessionId) != null;
    }

    @Override
    public List<String> ids() {
        return sessions.keySet().stream().sorted().toList();
    }
}
