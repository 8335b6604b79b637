package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.TransientFailure;
import io.telegate.ports.out.UpdateListener;
import io.telegate.ports.out.UserAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's {@link UserAccounts} with the controls a monitor test needs and the sandbox has no knob for:
 * counts connects and closes per session, fails or holds a session's connects, makes a session's history
 * reads fail with a FloodWait, and silences the live subscriptions open now (a stalled update stream).
 */
final class ControlledAccounts implements UserAccounts {

    private final UserAccounts sandbox;
    private final Map<String, AtomicInteger> connects = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> closes = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> historyFloods = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failingConnects = new ConcurrentHashMap<>();
    private final List<AtomicBoolean> openSubscriptions = new CopyOnWriteArrayList<>();

    ControlledAccounts(UserAccounts sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public AccountSession connect(SessionDescriptor session) {
        CountDownLatch gate = held.get(session.id());
        if (gate != null) {
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("connect of " + session.id() + " held for too long");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while held", e);
            }
        }
        if (counter(failingConnects, session.id()).getAndDecrement() > 0) {
            throw new TransientFailure("network unreachable (simulated)");
        }
        AccountSession delegate = sandbox.connect(session);
        counter(connects, session.id()).incrementAndGet();
        return new Controlled(delegate);
    }

    int connects(String sessionId) {
        return counter(connects, sessionId).get();
    }

    int closes(String sessionId) {
        return counter(closes, sessionId).get();
    }

    /** The next {@code times} connects of the session fail as a network error would. */
    void failConnects(String sessionId, int times) {
        counter(failingConnects, sessionId).set(times);
    }

    /** Makes connects of the session wait until {@link #releaseConnects}. */
    void holdConnects(String sessionId) {
        held.put(sessionId, new CountDownLatch(1));
    }

    void releaseConnects(String sessionId) {
        held.remove(sessionId).countDown();
    }

    /** The next {@code times} history reads of the session fail with a FloodWait of {@code wait}. */
    void floodHistory(String sessionId, Duration wait, int times) {
        historyFloods.put(sessionId + "|" + wait.toSeconds(), new AtomicInteger(times));
    }

    /** The live subscriptions open now deliver nothing more, as a stalled update stream would. */
    void stallOpenSubscriptions() {
        openSubscriptions.forEach(open -> open.set(false));
    }

    private static AtomicInteger counter(Map<String, AtomicInteger> counters, String sessionId) {
        return counters.computeIfAbsent(sessionId, id -> new AtomicInteger());
    }

    private void maybeFlood(String sessionId) {
        for (Map.Entry<String, AtomicInteger> flood : historyFloods.entrySet()) {
            String[] idAndWait = flood.getKey().split("\\|");
            if (idAndWait[0].equals(sessionId) && flood.getValue().getAndDecrement() > 0) {
                throw new FloodWaitException(Duration.ofSeconds(Long.parseLong(idAndWait[1])));
            }
        }
    }

    /** One handle, passing every call through to the sandbox after the controls had their say. */
    private final class Controlled implements AccountSession {

        private final AccountSession delegate;
        private final AtomicBoolean closed = new AtomicBoolean();

        Controlled(AccountSession delegate) {
            this.delegate = delegate;
        }

        @Override
        public String sessionId() {
            return delegate.sessionId();
        }

        @Override
        public ResolvedChat resolve(ChatRef chat) {
            return delegate.resolve(chat);
        }

        @Override
        public ResolvedChat join(ChatRef chat) {
            return delegate.join(chat);
        }

        @Override
        public HistoryPage history(ResolvedChat chat, HistoryQuery query) {
            maybeFlood(sessionId());
            return delegate.history(chat, query);
        }

        @Override
        public Subscription subscribe(ResolvedChat chat, UpdateListener listener) {
            AtomicBoolean open = new AtomicBoolean(true);
            openSubscriptions.add(open);
            return delegate.subscribe(chat, new UpdateListener() {
                @Override
                public void onMessage(TelegramMessage message) {
                    if (open.get()) {
                        listener.onMessage(message);
                    }
                }

                @Override
                public void onAccessLost(AccessLossReason reason) {
                    if (open.get()) {
                        listener.onAccessLost(reason);
                    }
                }
            });
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                counter(closes, sessionId()).incrementAndGet();
            }
            delegate.close();
        }
    }
}
