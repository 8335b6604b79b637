package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.EncryptedSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is persisted of one monitored chat, so that a restarted or another process resumes it: its pool (sessions
 * sealed, never in clear), the sessions that lost it, who owns it under which fencing token, and how far it was
 * published.
 *
 * @param chat            the chat as the start command named it
 * @param sessions        the pool in order, the primary first, sealed
 * @param lost            sessions that lost the chat, with why
 * @param owner           the process that owns the chat
 * @param token           the fencing token of the owner's chat lease
 * @param revision        increases whenever the pool is replaced, so the owner notices a switch made elsewhere
 * @param lastPublishedId the newest message id published (or the newest id when monitoring began)
 * @param sequence        the {@code metadata.sequence} of the last published message
 */
record ChatRecord(String chat, List<EncryptedSession> sessions, Map<String, AccessLossReason> lost, String owner,
                  long token, long revision, long lastPublishedId, long sequence) {

    ChatRecord {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(owner, "owner");
        sessions = List.copyOf(sessions);
        lost = Map.copyOf(new LinkedHashMap<>(lost));
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a monitored chat needs at least one session");
        }
    }

    ChatRecord withProgress(long lastId, long seq) {
        return new ChatRecord(chat, sessions, lost, owner, token, revision, lastId, seq);
    }

    ChatRecord withOwner(String newOwner, long newToken) {
        return new ChatRecord(chat, sessions, lost, newOwner, newToken, revision, lastPublishedId, sequence);
    }

    ChatRecord withPool(List<EncryptedSession> newSessions, Map<String, AccessLossReason> newLost, long newRevision) {
        return new ChatRecord(chat, newSessions, newLost, owner, token, newRevision, lastPublishedId, sequence);
    }
}
