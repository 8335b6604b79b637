package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.monitor.MonitorOutcome;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out {@code join_chat}: the named session joins a chat by username or invite link. A FloodWait up to the
 * cap is waited out; a longer one, a chat that does not exist, a session that is busy elsewhere or has lost access
 * reject the command (a dead session is quarantined as well).
 */
final class ChatJoiner {

    private static final Logger log = LoggerFactory.getLogger(ChatJoiner.class);
    private static final int FLOOD_WAITS = 3;

    private final SessionConnections connections;
    private final TelegramRetry retry;
    private final MonitorPolicy policy;
    private final Pause pause;

    ChatJoiner(SessionConnections connections, TelegramRetry retry, MonitorPolicy policy, Pause pause) {
        this.connections = connections;
        this.retry = retry;
        this.policy = policy;
        this.pause = pause;
    }

    MonitorOutcome join(ChatRef chat, SessionDescriptor session) throws InterruptedException {
        String user = "join:" + chat.text();
        try {
            AccountSession client = connections.open(session, user, SessionUser.NONE);
            try {
                ResolvedChat joined = joinWaitingOutFloods(session.id(), client, chat);
                log.info("session {} joined chat {} ({})", session.id(), chat.text(), joined.id());
                return new MonitorOutcome.Joined(joined.id(), joined.title());
            } finally {
                connections.release(session.id(), user);
            }
        } catch (SessionUnavailable | ChatUnavailableException e) {
            return new MonitorOutcome.Rejected(e.getMessage());
        } catch (AccessLostException e) {
            if (e.reason().sessionDead()) {
                connections.quarantine(session.id(), e.reason(), user);
            }
            return new MonitorOutcome.Rejected("session " + session.id() + " cannot join " + chat.text() + ": "
                    + e.reason());
        } catch (FloodWaitException e) {
            connections.coolDown(session.id(), e.waitDuration());
            return new MonitorOutcome.Rejected("session " + session.id() + " must wait "
                    + e.waitDuration().toSeconds() + " s before joining (FloodWait)");
        }
    }

    private ResolvedChat joinWaitingOutFloods(String sessionId, AccountSession client, ChatRef chat)
            throws InterruptedException {
        for (int wait = 1; ; wait++) {
            try {
                return retry.call(sessionId, "join", () -> client.join(chat));
            } catch (FloodWaitException e) {
                if (wait >= FLOOD_WAITS || e.waitDuration().compareTo(policy.floodWaitCap()) > 0) {
                    throw e;
                }
                log.info("session {}: waiting {} s (FloodWait) before joining {}", sessionId,
                        e.waitDuration().toSeconds(), chat.text());
                pause.pause(e.waitDuration());
            }
        }
    }
}
