package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every chat of the sandbox, by id, username and invite hash; private chats appear when first needed. */
final class Chats {

    private static final long CHANNEL_BASE = 1_000_000_000_000L;
    private static final String HASH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final Map<Long, ChatState> byId = new ConcurrentHashMap<>();
    private final Map<String, ChatState> byInvite = new ConcurrentHashMap<>();
    private final AtomicLong nextGroup = new AtomicLong(500_000_000L);
    private final AtomicLong nextChannel = new AtomicLong(1_500_000_000L);
    private final SecureRandom random = new SecureRandom();
    private final Usernames usernames;
    private final Users users;

    Chats(Usernames usernames, Users users) {
        this.usernames = usernames;
        this.users = users;
    }

    /** Creates a group, supergroup or channel; {@code id == 0} picks a free id of the kind's range. */
    synchronized ChatState create(long id, Optional<String> username, String title, ChatKind kind) {
        if (kind == ChatKind.PRIVATE) {
            throw new IllegalArgumentException("private chats belong to users: create a user instead");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("a chat needs a title");
        }
        long chatId = id != 0 ? checkedId(id, kind) : freeId(kind);
        if (username.isPresent() && kind == ChatKind.GROUP) {
            throw new IllegalArgumentException("basic groups cannot have a username; use a supergroup");
        }
        Optional<String> name = username.map(u -> usernames.claim(u, chatId));
        ChatState chat = new ChatState(chatId, kind, title, name, Optional.of(inviteHash()));
        byId.put(chatId, chat);
        byInvite.put(chat.inviteHash.orElseThrow(), chat);
        return chat;
    }

    /** The chat with this id; a user's id gives that user's private chat. */
    Optional<ChatState> find(long id) {
        ChatState chat = byId.get(id);
        if (chat != null || id <= 0) {
            return Optional.ofNullable(chat);
        }
        return users.find(id).map(user -> byId.computeIfAbsent(id, key -> new ChatState(key, ChatKind.PRIVATE,
                user.firstName(), user.username(), Optional.empty())));
    }

    Optional<ChatState> find(ChatRef ref) {
        return switch (ref) {
            case ChatRef.NumericId numeric -> find(numeric.id());
            case ChatRef.Username name -> usernames.owner(name.name()).flatMap(this::find);
            case ChatRef.InviteLink link -> Optional.ofNullable(byInvite.get(link.hash()));
        };
    }

    /** The chat a control operation names ({@code @name}, id or invite link), or {@link SandboxNotFoundException}. */
    ChatState require(String ref) {
        ChatRef parsed;
        try {
            parsed = ChatRef.parse(ref);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a chat reference: '" + ref + "'");
        }
        return find(parsed).orElseThrow(() -> new SandboxNotFoundException("no chat " + ref));
    }

    private long checkedId(long id, ChatKind kind) {
        boolean channelRange = id < -CHANNEL_BASE;
        if (id >= 0 || channelRange != (kind != ChatKind.GROUP)) {
            throw new IllegalArgumentException("chat id " + id + " does not fit a " + kind.name().toLowerCase()
                    + " (groups: negative ids above -1000000000000; supergroups and channels: -100...)");
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("chat " + id + " already exists");
        }
        return id;
    }

    private long freeId(ChatKind kind) {
        long id;
        do {
            id = kind == ChatKind.GROUP ? -nextGroup.incrementAndGet() : -(CHANNEL_BASE + nextChannel.incrementAndGet());
        } while (byId.containsKey(id));
        return id;
    }

    private String inviteHash() {
        StringBuilder hash = new StringBuilder("A");
        for (int i = 0; i < 15; i++) {
            hash.append(HASH_ALPHABET.charAt(random.nextInt(HASH_ALPHABET.length())));
        }
        return hash.toString();
    }
}
