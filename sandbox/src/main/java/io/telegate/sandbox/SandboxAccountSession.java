package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One handle to a sandbox session; every call first checks the session is alive and owes no flood wait. */
final class SandboxAccountSession implements AccountSession {

    private final SessionState session;
    private final Chats chats;
    private final Set<LiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    SandboxAccountSession(SessionState session, Chats chats) {
        this.session = session;
        this.chats = chats;
    }

    @Override
    public String sessionId() {
        return session.descriptor.id();
    }

    @Override
    public ResolvedChat resolve(ChatRef chat) {
        ChatState state = find(chat);
        ChatAccess.checkVisible(state, session.userId, chat);
        return resolved(state);
    }

    @Override
    public ResolvedChat join(ChatRef chat) {
        ChatState state = find(chat);
        ChatAccess.join(state, session.userId, chat);
        return resolved(state);
    }

    @Override
    public HistoryPage history(ResolvedChat chat, HistoryQuery query) {
        Objects.requireNonNull(query, "query");
        ChatState state = find(new ChatRef.NumericId(chat.id()));
        ChatAccess.checkReadable(state, session.userId);
        return state.store.page(query, chat.ref().text());
    }

    @Override
    public Subscription subscribe(ResolvedChat chat, UpdateListener listener) {
        Objects.requireNonNull(listener, "listener");
        ChatState state = find(new ChatRef.NumericId(chat.id()));
        ChatAccess.checkReadable(state, session.userId);
        LiveSubscription[] self = new LiveSubscription[1];
        self[0] = new LiveSubscription(listener, chat.ref().text(), session.userId, () -> {
            state.unsubscribe(self[0]);
            session.untrack(self[0]);
            subscriptions.remove(self[0]);
        });
        subscriptions.add(self[0]);
        session.track(self[0]);
        state.subscribe(self[0]);
        if (session.revoked()) {
            self[0].lose(AccessLossReason.AUTH_KEY_UNREGISTERED);
        }
        return self[0];
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(LiveSubscription::close);
    }

    private ChatState find(ChatRef chat) {
        Objects.requireNonNull(chat, "chat");
        if (closed) {
            throw new IllegalStateException("this session handle is closed");
        }
        session.guard();
        return chats.find(chat).orElseThrow(() -> new ChatUnavailableException(chat.text(),
                chat instanceof ChatRef.InviteLink ? "INVITE_HASH_INVALID" : "no such chat"));
    }

    private static ResolvedChat resolved(ChatState chat) {
        return new ResolvedChat(chat.id, chat.username, chat.title, chat.kind);
    }
}
