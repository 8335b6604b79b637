package io.telegate.core.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One session as the status page shows it; never a secret.
 *
 * @param sessionId    the session's id
 * @param state        connected, cooling, quarantined or idle
 * @param reason       why it is quarantined, when it is
 * @param coolingUntil when a FloodWait ends, while it lasts
 * @param chats        the chats it reads or serves now
 */
public record SessionStatus(String sessionId, SessionState state, Optional<String> reason,
                            Optional<Instant> coolingUntil, List<String> chats) {

    public SessionStatus {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(coolingUntil, "coolingUntil");
        chats = List.copyOf(chats);
    }
}
