package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import java.time.Clock;
import java.util.Optional;

/** The sandbox's parts in one place for operations that touch several of them: seeding, membership, migration. */
final class SandboxWorld {

    final Users users;
    final Chats chats;
    final Sessions sessions;
    final BotRegistry bots;
    final Usernames usernames;
    final Clock clock;

    SandboxWorld(Users users, Chats chats, Sessions sessions, BotRegistry bots, Usernames usernames, Clock clock) {
        this.users = users;
        this.chats = chats;
        this.sessions = sessions;
        this.bots = bots;
        this.usernames = usernames;
        this.clock = clock;
    }

    void addMember(ChatState chat, long userId) {
        users.require(userId);
        if (chat.kind == ChatKind.PRIVATE) {
            throw new IllegalArgumentException("a private chat has no members to add");
        }
        chat.kicked.remove(userId);
        chat.members.add(userId);
    }

    ChatState migrate(ChatState group) {
        if (group.kind != ChatKind.GROUP || group.migratedTo() != 0) {
            throw new IllegalArgumentException("only a basic group that was not migrated yet can become a supergroup");
        }
        ChatState supergroup = chats.create(0, Optional.empty(), group.title, ChatKind.SUPERGROUP);
        supergroup.members.addAll(group.members);
        supergroup.bots.addAll(group.bots);
        group.migrateTo(supergroup.id);
        return supergroup;
    }

    /** A bot named by {@code @username}, username or numeric id. */
    BotState bot(String name) {
        String key = name.strip();
        Optional<Long> id = key.matches("\\d+") ? Optional.of(Long.parseLong(key)) : usernames.owner(key);
        return id.flatMap(bots::byId).orElseThrow(() -> new SandboxNotFoundException("no bot " + name));
    }
}
