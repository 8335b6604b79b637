package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.Lease;
import io.telegate.ports.out.AccountSession;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** One session's slot in {@link SessionConnections}: its client, lease, users and health; guarded by its lock. */
final class SessionConnection {

    final String sessionId;
    final ReentrantLock lock = new ReentrantLock();
    /** Who uses the client now (a chat, a chat's history reader, a join), and how to tell them it is gone. */
    final Map<String, SessionUser> users = new LinkedHashMap<>();
    AccountSession client;
    Lease lease;
    AccessLossReason quarantined;
    Instant coolingUntil = Instant.MIN;

    SessionConnection(String sessionId) {
        this.sessionId = sessionId;
    }

    SessionState state(Instant now) {
        if (quarantined != null) {
            return SessionState.QUARANTINED;
        }
        if (now.isBefore(coolingUntil)) {
            return SessionState.COOLING;
        }
        return client != null ? SessionState.CONNECTED : SessionState.IDLE;
    }
}
