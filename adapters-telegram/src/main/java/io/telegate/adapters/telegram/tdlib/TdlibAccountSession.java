package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** One handle to a shared {@link TdSession}; closing it releases the handle, the last one closes the client. */
final class TdlibAccountSession implements AccountSession {

    private final TdSession session;
    private final Consumer<TdSession> release;
    private final AtomicBoolean closed = new AtomicBoolean();

    TdlibAccountSession(TdSession session, Consumer<TdSession> release) {
        this.session = session;
        this.release = release;
    }

    @Override
    public String sessionId() {
        return session.sessionId();
    }

    @Override
    public ResolvedChat resolve(ChatRef chat) {
        return open().resolve(Objects.requireNonNull(chat, "chat"));
    }

    @Override
    public ResolvedChat join(ChatRef chat) {
        return open().join(Objects.requireNonNull(chat, "chat"));
    }

    @Override
    public HistoryPage history(ResolvedChat chat, HistoryQuery query) {
        return open().history(Objects.requireNonNull(chat, "chat"), Objects.requireNonNull(query, "query"));
    }

    @Override
    public Subscription subscribe(ResolvedChat chat, UpdateListener listener) {
        return open().subscribe(Objects.requireNonNull(chat, "chat"), Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.accept(session);
        }
    }

    private TdSession open() {
        if (closed.get()) {
            throw new PermanentFailure("session handle " + session.sessionId() + " is closed");
        }
        return session;
    }
}
