package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one TDLib client of a session, shared by every handle {@link TdlibUserAccounts} gives out for it: requests
 * guarded by what access is left, updates routed to subscriptions, access loss noticed and announced.
 */
final class TdSession {

    private final String sessionId;
    private final TdClient client;
    private final TdSessionStart start;
    private final TdChats chats = new TdChats(this::call);
    private final TdHistory history = new TdHistory(this::call);
    private final TdMembership membership = new TdMembership();
    private final Map<Long, List<TdChatSubscription>> subscriptions = new ConcurrentHashMap<>();
    private final Map<Long, AccessLossReason> lostChats = new ConcurrentHashMap<>();
    private final AtomicLong myUserId = new AtomicLong();
    private volatile AccessLossReason lost;
    private volatile boolean closing;

    private TdSession(TdlibRuntime runtime, SessionDescriptor descriptor, Path databaseDirectory) {
        this.sessionId = descriptor.id();
        this.start = new TdSessionStart(runtime.config(), descriptor, databaseDirectory);
        this.client = runtime.openClient(this::onUpdate);
    }

    /**
     * Opens the session's client on its database directory (restored from the session string when missing) and
     * waits until TDLib reports it ready; throws {@link AccessLostException} when it is not logged in.
     */
    static TdSession open(TdlibRuntime runtime, SessionDescriptor descriptor) {
        Path directory = TdSessionFiles.directory(runtime.config(), descriptor.id());
        if (!TdSessionArchive.present(directory)) {
            TdSessionArchive.restore(descriptor.sessionString(), directory);
        }
        TdSession session = new TdSession(runtime, descriptor, directory);
        session.start.awaitReady(session.client);
        return session;
    }

    String sessionId() {
        return sessionId;
    }

    ResolvedChat resolve(ChatRef ref) {
        return chats.resolve(ref);
    }

    ResolvedChat join(ChatRef ref) {
        ResolvedChat chat = chats.join(ref);
        lostChats.remove(chat.id());
        return chat;
    }

    HistoryPage history(ResolvedChat chat, HistoryQuery query) {
        requireReadable(chat);
        return history.page(chat.id(), chat.ref().text(), query);
    }

    Subscription subscribe(ResolvedChat chat, UpdateListener listener) {
        requireReadable(chat);
        call(TdObjects.request("openChat").put("chat_id", chat.id()), chat.ref().text());
        TdChatSubscription subscription = new TdChatSubscription(chat.id(), chat.ref().text(), listener,
                this::unsubscribe);
        subscriptions.computeIfAbsent(chat.id(), id -> new CopyOnWriteArrayList<>()).add(subscription);
        return subscription;
    }

    /** Logs the session out at Telegram and waits until TDLib has closed the client. */
    void logOut() {
        if (lost == null) {
            client.send(TdObjects.request("logOut"));
            client.close();
        }
        loseSession(AccessLossReason.AUTH_KEY_UNREGISTERED);
    }

    boolean isLost() {
        return lost != null;
    }

    /** Closes the client (this process's connection), not the session at Telegram. */
    void close() {
        closing = true;
        subscriptions.values().forEach(list -> list.forEach(TdChatSubscription::close));
        client.close();
    }

    /** A request of this session; lost access is remembered, and a lost session fails every later request. */
    ObjectNode call(ObjectNode request, String subject) {
        AccessLossReason reason = lost;
        if (reason != null) {
            throw new AccessLostException(reason, "session " + sessionId);
        }
        try {
            return client.call(request, subject);
        } catch (AccessLostException e) {
            if (e.reason().sessionDead()) {
                loseSession(e.reason());
            }
            throw e;
        }
    }

    private void requireReadable(ResolvedChat chat) {
        if (chat.id() == 0) {
            throw new AccessLostException(AccessLossReason.CHANNEL_PRIVATE, chat.title() + " must be joined first");
        }
        AccessLossReason reason = lostChats.get(chat.id());
        if (reason != null) {
            throw new AccessLostException(reason, chat.ref().text());
        }
    }

    private void unsubscribe(TdChatSubscription subscription) {
        List<TdChatSubscription> list = subscriptions.get(subscription.chatId());
        if (list != null && list.remove(subscription) && list.isEmpty() && !client.isClosed()) {
            client.send(TdObjects.request("closeChat").put("chat_id", subscription.chatId()));
        }
    }

    /** Runs on TDLib's receive thread: hands work to the subscriptions' own threads and returns. */
    private void onUpdate(ObjectNode update) {
        switch (TdObjects.type(update)) {
            case TdAuthorizationStates.UPDATE -> onAuthorizationState(update.path("authorization_state"));
            case "updateNewMessage" -> onNewMessage(update.path("message"));
            case "updateOption" -> {
                if (update.path("name").asText().equals("my_id")) {
                    myUserId.set(update.path("value").path("value").asLong());
                }
            }
            default -> membership.removedBy(update, myUserId.get()).ifPresent(this::loseChatByRemoval);
        }
    }

    private void onAuthorizationState(JsonNode state) {
        if (!start.isReady()) {
            start.offer(state);
        } else if (!closing && TdSessionStart.isEnding(state)) {
            loseSession(AccessLossReason.AUTH_KEY_UNREGISTERED);
        }
    }

    private void onNewMessage(JsonNode message) {
        List<TdChatSubscription> list = subscriptions.get(message.path("chat_id").asLong());
        if (list != null) {
            for (TdChatSubscription subscription : list) {
                TdMessages.of(message, subscription.chatName()).ifPresent(subscription::deliver);
            }
        }
    }

    private void loseChatByRemoval(long chatId) {
        lostChats.put(chatId, AccessLossReason.KICKED);
        subscriptions.getOrDefault(chatId, List.of()).forEach(s -> s.lose(AccessLossReason.KICKED));
    }

    private void loseSession(AccessLossReason reason) {
        if (lost == null) {
            lost = reason;
        }
        subscriptions.values().forEach(list -> list.forEach(s -> s.lose(reason)));
    }
}
