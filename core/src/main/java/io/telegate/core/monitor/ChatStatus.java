package io.telegate.core.monitor;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One monitored chat as the status page shows it.
 *
 * @param chat            the chat as the start command named it
 * @param phase           attaching, live, waiting or ended
 * @param sourceSessionId the session reading it now
 * @param lastMessageId   the newest message id published (or seen when monitoring began)
 * @param sequence        the sequence number of the last published message
 * @param lostSessions    sessions of the pool that lost the chat, with the reason
 */
public record ChatStatus(String chat, ChatPhase phase, Optional<String> sourceSessionId, long lastMessageId,
                         long sequence, Map<String, String> lostSessions) {

    public ChatStatus {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(sourceSessionId, "sourceSessionId");
        lostSessions = Map.copyOf(lostSessions);
    }
}
