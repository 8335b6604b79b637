package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.core.vault.SessionSealer;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.Leases;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What every chat monitor of one process shares: the sessions, storage, events, rules and time. */
record MonitorContext(SessionConnections connections, ChatRecords records, MonitorEvents events, Leases leases,
                      SessionSealer sealer, TelegramRetry retry, MonitorPolicy policy, Pause pause, Clock clock,
                      String owner, MonitorMetrics metrics, Consumer<ChatMonitor> onEnded) {

    /** A pool over the connections' quarantine. */
    SessionPool pool(SessionDescriptor primary, List<SessionDescriptor> backups) {
        return new SessionPool(primary, backups, connections::quarantined);
    }

    /** The pool a stored record describes, its sessions opened (decrypted) for use. */
    SessionPool pool(ChatRecord record) {
        List<SessionDescriptor> sessions = record.sessions().stream().map(sealer::open).toList();
        return new SessionPool(sessions, record.lost(), connections::quarantined);
    }

    /** The pool's sessions sealed for storage. */
    List<EncryptedSession> seal(SessionPool pool) {
        return pool.sessions().stream().map(sealer::seal).toList();
    }

    /** A record of a chat nobody published anything for yet (no baseline taken). */
    ChatRecord fresh(String chat, SessionPool pool, long token) {
        return new ChatRecord(chat, seal(pool), Map.<String, AccessLossReason>of(), owner, token, 0,
                ChatMonitor.NO_BASELINE, 0);
    }
}
