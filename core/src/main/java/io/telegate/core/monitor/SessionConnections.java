package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.Lease;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram clients of this process: one per session, shared by every chat the session serves and closed when
 * the last of them lets go. A session is connected by one process at a time, under the lease
 * {@code session:<id>}; a session found revoked, banned or deactivated is quarantined (never connected again here,
 * its users told once); a session Telegram asked to wait is cooling until the wait ends. Thread-safe.
 */
final class SessionConnections {

    private static final Logger log = LoggerFactory.getLogger(SessionConnections.class);

    private final UserAccounts accounts;
    private final Leases leases;
    private final MonitorPolicy policy;
    private final TelegramRetry retry;
    private final Clock clock;
    private final String owner;
    private final Map<String, SessionConnection> sessions = new ConcurrentHashMap<>();

    SessionConnections(UserAccounts accounts, Leases leases, MonitorPolicy policy, TelegramRetry retry, Clock clock,
                       String owner) {
        this.accounts = accounts;
        this.leases = leases;
        this.policy = policy;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
    }

    /** The lease a process holds while it has a session connected. */
    static String leaseName(String sessionId) {
        return "session:" + sessionId;
    }

    /**
     * The session's client for {@code user}, connecting it when nobody uses it yet.
     *
     * @throws AccessLostException when the session is quarantined, not authorized, or unreachable after the
     *                             configured attempts ({@code CONNECTION_LOST})
     * @throws SessionUnavailable  when another process has it connected or it is cooling
     */
    AccountSession open(SessionDescriptor session, String user, SessionUser listener)
            throws InterruptedException {
        SessionConnection slot = slot(session.id());
        slot.lock.lock();
        try {
            if (slot.quarantined != null) {
                throw new AccessLostException(slot.quarantined, "session " + session.id() + " is quarantined");
            }
            if (clock.instant().isBefore(slot.coolingUntil)) {
                throw new SessionUnavailable(session.id(), "rate-limited until " + slot.coolingUntil);
            }
            if (slot.client == null) {
                connect(slot, session);
            }
            slot.users.put(user, listener);
            return slot.client;
        } finally {
            slot.lock.unlock();
        }
    }

    private void connect(SessionConnection slot, SessionDescriptor session) throws InterruptedException {
        Lease lease = leases.acquire(leaseName(session.id()), owner, policy.leaseTtl())
                .orElseThrow(() -> new SessionUnavailable(session.id(), "connected by another monitor instance"));
        try {
            slot.client = retry.call(session.id(), "connect", () -> accounts.connect(session));
            slot.lease = lease;
            log.info("session {} connected", session.id());
        } catch (FloodWaitException e) {
            slot.coolingUntil = clock.instant().plus(e.waitDuration());
            leases.release(lease);
            throw new SessionUnavailable(session.id(), "rate-limited for " + e.waitDuration().toSeconds() + " s");
        } catch (AccessLostException e) {
            leases.release(lease);
            if (e.reason().sessionDead()) {
                slot.quarantined = e.reason();
                log.warn("session {} quarantined: {}", session.id(), e.reason());
            }
            throw e;
        } catch (RuntimeException | InterruptedException e) {
            leases.release(lease);
            throw e;
        }
    }

    /** {@code user} no longer needs the session; the last user's release disconnects it and frees its lease. */
    void release(String sessionId, String user) {
        SessionConnection slot = sessions.get(sessionId);
        if (slot == null) {
            return;
        }
        slot.lock.lock();
        try {
            slot.users.remove(user);
            if (slot.users.isEmpty() && slot.client != null) {
                disconnect(slot);
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /**
     * Marks the session dead for every chat: disconnects it and tells each of its users but {@code reportedBy}
     * (who found out itself). A second call for the same session does nothing.
     */
    void quarantine(String sessionId, AccessLossReason reason, String reportedBy) {
        SessionConnection slot = slot(sessionId);
        List<SessionUser> toTell = new ArrayList<>();
        slot.lock.lock();
        try {
            if (slot.quarantined != null) {
                return;
            }
            slot.quarantined = reason;
            slot.users.forEach((user, listener) -> {
                if (!user.equals(reportedBy)) {
                    toTell.add(listener);
                }
            });
            slot.users.clear();
            if (slot.client != null) {
                disconnect(slot);
            }
        } finally {
            slot.lock.unlock();
        }
        log.warn("session {} quarantined: {}; {} other user(s) told", sessionId, reason, toTell.size());
        toTell.forEach(listener -> listener.quarantined(reason));
    }

    /** Why the session is quarantined, if it is. */
    Optional<AccessLossReason> quarantined(String sessionId) {
        SessionConnection slot = sessions.get(sessionId);
        if (slot == null) {
            return Optional.empty();
        }
        slot.lock.lock();
        try {
            return Optional.ofNullable(slot.quarantined);
        } finally {
            slot.lock.unlock();
        }
    }

    /** Telegram asked the session to wait: nothing new is asked of it until the wait ends. */
    void coolDown(String sessionId, Duration wait) {
        SessionConnection slot = slot(sessionId);
        slot.lock.lock();
        try {
            Instant until = clock.instant().plus(wait);
            if (until.isAfter(slot.coolingUntil)) {
                slot.coolingUntil = until;
            }
        } finally {
            slot.lock.unlock();
        }
        log.info("session {} cooling for {} s (FloodWait)", sessionId, wait.toSeconds());
    }

    /** When the session's FloodWait ends, while one lasts. */
    Optional<Instant> coolingUntil(String sessionId) {
        SessionConnection slot = sessions.get(sessionId);
        if (slot == null) {
            return Optional.empty();
        }
        slot.lock.lock();
        try {
            return clock.instant().isBefore(slot.coolingUntil) ? Optional.of(slot.coolingUntil) : Optional.empty();
        } finally {
            slot.lock.unlock();
        }
    }

    /**
     * Renews the lease of every connected session. A lease that was lost (this process stalled past its TTL and
     * another took the session) disconnects the session here, and its users are told so they connect again.
     */
    void renewLeases() {
        for (SessionConnection slot : sessions.values()) {
            List<SessionUser> toTell = new ArrayList<>();
            slot.lock.lock();
            try {
                if (slot.lease == null) {
                    continue;
                }
                Optional<Lease> renewed = leases.renew(slot.lease, policy.leaseTtl());
                if (renewed.isPresent()) {
                    slot.lease = renewed.get();
                    continue;
                }
                log.warn("session {}: lease lost to another process; disconnecting", slot.sessionId);
                toTell.addAll(slot.users.values());
                slot.users.clear();
                disconnect(slot);
            } catch (TelegateException e) {
                log.warn("session {}: lease renewal failed, trying again next tick: {}", slot.sessionId, e.getMessage());
            } finally {
                slot.lock.unlock();
            }
            toTell.forEach(SessionUser::disconnected);
        }
    }

    /** Every session this process has met, by id. */
    List<SessionStatus> status() {
        Instant now = clock.instant();
        List<SessionStatus> all = new ArrayList<>();
        for (SessionConnection slot : sessions.values()) {
            slot.lock.lock();
            try {
                List<String> chats = slot.users.keySet().stream()
                        .map(user -> user.replaceFirst(ChatMonitor.READER_SUFFIX + "$", ""))
                        .distinct().toList();
                all.add(new SessionStatus(slot.sessionId, slot.state(now),
                        Optional.ofNullable(slot.quarantined).map(Enum::name),
                        now.isBefore(slot.coolingUntil) ? Optional.of(slot.coolingUntil) : Optional.empty(), chats));
            } finally {
                slot.lock.unlock();
            }
        }
        all.sort(Comparator.comparing(SessionStatus::sessionId));
        return all;
    }

    /** How many known sessions are in {@code state} now. */
    long count(SessionState state) {
        return status().stream().filter(s -> s.state() == state).count();
    }

    /** Disconnects every session (shutdown). */
    void closeAll() {
        for (SessionConnection slot : sessions.values()) {
            slot.lock.lock();
            try {
                slot.users.clear();
                if (slot.client != null) {
                    disconnect(slot);
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }

    private SessionConnection slot(String sessionId) {
        return sessions.computeIfAbsent(sessionId, SessionConnection::new);
    }

    private void disconnect(SessionConnection slot) {
        try {
            slot.client.close();
        } catch (RuntimeException e) {
            log.warn("session {}: closing the client failed: {}", slot.sessionId, e.toString());
        }
        try {
            if (slot.lease != null) {
                leases.release(slot.lease);
            }
        } catch (TelegateException e) {
            log.warn("session {}: releasing the lease failed (it will expire): {}", slot.sessionId, e.getMessage());
        }
        slot.client = null;
        slot.lease = null;
        log.info("session {} disconnected", slot.sessionId);
    }
}
