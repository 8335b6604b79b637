package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.TelegramMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One chat of the sandbox: who is in it, which bots may write, its history and its live subscriptions. */
final class ChatState {

    final long id;
    final ChatKind kind;
    final String title;
    final Optional<String> username;
    final Optional<String> inviteHash;
    final Set<Long> members = ConcurrentHashMap.newKeySet();
    final Set<Long> kicked = ConcurrentHashMap.newKeySet();
    final Set<Long> bots = ConcurrentHashMap.newKeySet();
    final MessageStore store;
    private final CopyOnWriteArrayList<LiveSubscription> subscribers = new CopyOnWriteArrayList<>();
    private volatile long migratedTo;

    ChatState(long id, ChatKind kind, String title, Optional<String> username, Optional<String> inviteHash) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.username = username;
        this.inviteHash = inviteHash;
        this.store = new MessageStore(kind == ChatKind.CHANNEL);
    }

    /** Appends a message and hands it to every live subscription, in id order. */
    synchronized TelegramMessage append(Instant date, long sender, long replyTo, String text) {
        long messageId = store.append(date, sender, replyTo, text);
        TelegramMessage message = store.message(messageId, ref());
        subscribers.forEach(subscription -> subscription.deliver(message));
        return message;
    }

    synchronized void subscribe(LiveSubscription subscription) {
        subscribers.add(subscription);
    }

    void unsubscribe(LiveSubscription subscription) {
        subscribers.remove(subscription);
    }

    /** Removes a user and ends that user's subscriptions here with {@code KICKED}. */
    void kick(long userId) {
        members.remove(userId);
        kicked.add(userId);
        subscribers.stream().filter(s -> s.userId() == userId).forEach(s -> s.lose(AccessLossReason.KICKED));
    }

    boolean isPublic() {
        return username.isPresent();
    }

    long migratedTo() {
        return migratedTo;
    }

    void migrateTo(long supergroupId) {
        migratedTo = supergroupId;
    }

    String ref() {
        return username.map(name -> "@" + name).orElse(Long.toString(id));
    }

    SandboxChat view() {
        return new SandboxChat(id, username, title, kind, inviteHash.map(hash -> "https://t.me/+" + hash));
    }
}
