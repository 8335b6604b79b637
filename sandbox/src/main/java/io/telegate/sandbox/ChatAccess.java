package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.out.AccessLostException;

/**
 * Who may see and read a chat: anyone a public one, members a private one, only its owner a private chat, and nobody
 * who was kicked.
 */
final class ChatAccess {

    private ChatAccess() {
    }

    /** Whether the user may resolve the chat the way it was named (an invite link shows any chat). */
    static void checkVisible(ChatState chat, long userId, ChatRef how) {
        checkNotKicked(chat, userId);
        if (how instanceof ChatRef.InviteLink || chat.kind == ChatKind.PRIVATE) {
            return;
        }
        checkMember(chat, userId);
    }

    static void checkReadable(ChatState chat, long userId) {
        checkNotKicked(chat, userId);
        if (chat.kind == ChatKind.PRIVATE) {
            if (chat.id != userId) {
                throw new AccessLostException(AccessLossReason.CHANNEL_PRIVATE, "chat " + chat.id);
            }
            return;
        }
        checkMember(chat, userId);
    }

    /** Joins a public chat, or a private one through its invite link. */
    static void join(ChatState chat, long userId, ChatRef how) {
        checkNotKicked(chat, userId);
        if (chat.kind == ChatKind.PRIVATE) {
            return;
        }
        if (!chat.isPublic() && !(how instanceof ChatRef.InviteLink)) {
            throw new AccessLostException(AccessLossReason.CHANNEL_PRIVATE,
                    "chat " + chat.id + " is private: join it through its invite link");
        }
        chat.members.add(userId);
    }

    private static void checkMember(ChatState chat, long userId) {
        if (!chat.isPublic() && !chat.members.contains(userId)) {
            throw new AccessLostException(AccessLossReason.CHANNEL_PRIVATE, "chat " + chat.id);
        }
    }

    private static void checkNotKicked(ChatState chat, long userId) {
        if (chat.kicked.contains(userId)) {
            throw new AccessLostException(AccessLossReason.KICKED, "chat " + chat.id);
        }
    }
}
