package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.out.BotApiException;
import java.util.Optional;

/** Finds the chat a bot addresses by {@code chat_id} and checks the bot may write there. */
final class BotTargets {

    private final Users users;
    private final Chats chats;
    private final Usernames usernames;

    BotTargets(Users users, Chats chats, Usernames usernames) {
        this.users = users;
        this.chats = chats;
        this.usernames = usernames;
    }

    BotTarget resolve(BotState bot, String chatId) {
        String id = chatId.strip();
        if (id.matches("-?\\d{1,19}")) {
            long numeric = Long.parseLong(id);
            return numeric > 0 ? privateChat(bot, numeric) : group(bot, chats.find(numeric).orElseThrow(
                    BotTargets::chatNotFound));
        }
        if (id.startsWith("@") && id.length() > 1) {
            Optional<ChatState> chat = usernames.owner(id).filter(owner -> owner < 0).flatMap(chats::find);
            return group(bot, chat.orElseThrow(BotTargets::chatNotFound));
        }
        throw chatNotFound();
    }

    /** The chat as the Bot API shows it, for a message the bot already sent there. */
    Peer peer(long chatId) {
        if (chatId > 0) {
            return users.find(chatId).map(BotTargets::userPeer).orElseThrow(BotTargets::chatNotFound);
        }
        return chatPeer(chats.find(chatId).orElseThrow(BotTargets::chatNotFound));
    }

    static Peer userPeer(SandboxUser user) {
        return new Peer(user.id(), user.firstName(), user.username(), ChatKind.PRIVATE, false);
    }

    static Peer botPeer(SandboxBot bot) {
        return new Peer(bot.id(), bot.firstName(), Optional.of(bot.username()), ChatKind.PRIVATE, true);
    }

    static BotApiException chatNotFound() {
        return new BotApiException(new BotApiError.ChatNotFound("Bad Request: chat not found"));
    }

    private BotTarget privateChat(BotState bot, long userId) {
        SandboxUser user = users.find(userId).orElseThrow(BotTargets::chatNotFound);
        if (bot.blockedBy.contains(userId)) {
            throw new BotApiException(new BotApiError.Forbidden("Forbidden: bot was blocked by the user"));
        }
        return new BotTarget(userPeer(user), Optional.empty());
    }

    private BotTarget group(BotState bot, ChatState chat) {
        if (chat.kind == ChatKind.PRIVATE) {
            return privateChat(bot, chat.id);
        }
        if (chat.migratedTo() != 0) {
            throw new BotApiException(new BotApiError.ChatMigrated(chat.migratedTo(),
                    "Bad Request: group chat was upgraded to a supergroup chat"));
        }
        if (!chat.bots.contains(bot.bot.id())) {
            throw new BotApiException(new BotApiError.Forbidden("Forbidden: bot is not a member of the "
                    + chat.kind.name().toLowerCase() + " chat"));
        }
        return new BotTarget(chatPeer(chat), Optional.of(chat));
    }

    private static Peer chatPeer(ChatState chat) {
        return new Peer(chat.id, chat.title, chat.username, chat.kind, false);
    }
}
