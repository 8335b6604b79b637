package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one chat's history through the sessions of its pool: the source first, and when Telegram makes that
 * session wait (FloodWait) it cools and the read moves to the next session that can serve; when every one is
 * cooling it waits for the first to be free. A session that lost the chat is reported, and the read moves on.
 *
 * <p>Used from its chat's own thread only.
 */
final class HistoryReader {

    /** A connected session and the chat as that session resolved it. */
    record Reading(AccountSession session, ResolvedChat chat) {
    }

    /** A value read, with the session that read it. */
    record Sourced<T>(String sessionId, T value) {
    }

    /** Told when a session turns out to have lost the chat while reading. */
    interface LossListener {
        void lost(String sessionId, AccessLossReason reason) throws InterruptedException;
    }

    /** No session of the pool can read the chat any more. */
    static final class NoReader extends RuntimeException {
        NoReader() {
            super("no session of the pool can read the chat", null, false, false);
        }
    }

    private static final Duration MIN_WAIT = Duration.ofSeconds(1);

    private final ChatRef chat;
    private final String user;
    private final SessionConnections connections;
    private final TelegramRetry retry;
    private final MonitorPolicy policy;
    private final Pause pause;
    private final Clock clock;
    private final Map<String, ResolvedChat> resolved = new HashMap<>();
    private final Runnable heartbeat;

    /** {@code heartbeat} runs before each wait, so the chat's lease is kept while every session is cooling. */
    HistoryReader(ChatRef chat, String user, SessionConnections connections, TelegramRetry retry, MonitorPolicy policy,
                  Pause pause, Clock clock, Runnable heartbeat) {
        this.chat = chat;
        this.user = user;
        this.connections = connections;
        this.retry = retry;
        this.policy = policy;
        this.pause = pause;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    /** Runs {@code request} through the first session of the pool that can serve it. */
    <T> Sourced<T> read(SessionPool pool, LossListener onLoss, Function<Reading, T> request) throws InterruptedException {
        while (true) {
            List<SessionDescriptor> readers = pool.readers();
            if (readers.isEmpty()) {
                throw new NoReader();
            }
            Optional<Instant> firstFree = Optional.empty();
            for (SessionDescriptor session : readers) {
                Optional<Instant> cooling = connections.coolingUntil(session.id());
                if (cooling.isPresent()) {
                    firstFree = earliest(firstFree, cooling.get());
                    continue;
                }
                Optional<Sourced<T>> value = tryRead(session, onLoss, request);
                if (value.isPresent()) {
                    return value.get();
                }
                Optional<Instant> cooledNow = connections.coolingUntil(session.id());
                if (cooledNow.isPresent()) {
                    firstFree = earliest(firstFree, cooledNow.get());
                }
            }
            heartbeat.run();
            pause.pause(waitFor(firstFree));
        }
    }

    private <T> Optional<Sourced<T>> tryRead(SessionDescriptor session, LossListener onLoss,
                                             Function<Reading, T> request) throws InterruptedException {
        AccountSession client;
        try {
            client = connections.open(session, user, SessionUser.NONE);
        } catch (SessionUnavailable e) {
            return Optional.empty();
        } catch (AccessLostException e) {
            onLoss.lost(session.id(), e.reason());
            return Optional.empty();
        }
        try {
            ResolvedChat target = resolve(session.id(), client);
            T value = retry.call(session.id(), "history", () -> request.apply(new Reading(client, target)));
            return Optional.of(new Sourced<>(session.id(), value));
        } catch (FloodWaitException e) {
            connections.coolDown(session.id(), e.waitDuration());
        } catch (AccessLostException e) {
            resolved.remove(session.id());
            onLoss.lost(session.id(), e.reason());
        } catch (ChatUnavailableException e) {
            resolved.remove(session.id());
            onLoss.lost(session.id(), AccessLossReason.CHANNEL_PRIVATE);
        } finally {
            connections.release(session.id(), user);
        }
        return Optional.empty();
    }

    /** The chat as {@code sessionId} sees it, resolved once per session. */
    ResolvedChat resolve(String sessionId, AccountSession client) throws InterruptedException {
        ResolvedChat known = resolved.get(sessionId);
        if (known != null) {
            return known;
        }
        ResolvedChat fresh = retry.call(sessionId, "resolve", () -> client.resolve(chat));
        resolved.put(sessionId, fresh);
        return fresh;
    }

    void forget(String sessionId) {
        resolved.remove(sessionId);
    }

    /** Until the first session is free, but never longer than a tick, so the heartbeat keeps the lease. */
    private Duration waitFor(Optional<Instant> firstFree) {
        Duration wait = firstFree.map(at -> Duration.between(clock.instant(), at)).orElse(policy.retryDelay());
        if (wait.compareTo(policy.tickInterval()) > 0) {
            wait = policy.tickInterval();
        }
        return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
    }

    private static Optional<Instant> earliest(Optional<Instant> current, Instant candidate) {
        return Optional.of(current.filter(c -> c.isBefore(candidate)).orElse(candidate));
    }
}
