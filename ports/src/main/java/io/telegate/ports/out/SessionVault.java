package io.telegate.ports.out;

import io.telegate.ports.model.EncryptedSession;
import java.util.List;
import java.util.Optional;

/**
 * Stored user-account sessions, always encrypted at rest (the core seals and opens them).
 *
 * <p>Contract: {@link #put} replaces the session with the same id; {@link #find} returns exactly what was
 * put; {@link #ids} lists every stored id. Thread-safe.
 */
public interface SessionVault {

    void put(EncryptedSession session);

    Optional<EncryptedSession> find(String sessionId);

    /** Removes the session; returns whether it was there. */
    boolean remove(String sessionId);

    List<String> ids();
}
