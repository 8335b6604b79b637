package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices when the session's own user is removed from a chat: TDLib reports the user's status in a supergroup or
 * channel with {@code updateSupergroup}, in a basic group with {@code updateBasicGroup}, and (to bots, and for
 * some changes to users) with {@code updateChatMember}. A chat the user was a member of and now is banned from or
 * has left (the adapter never leaves chats itself) counts as removed.
 */
final class TdMembership {

    private final Map<Long, Boolean> member = new ConcurrentHashMap<>();

    /** The chat the user was removed from, when this update says so. */
    Optional<Long> removedBy(JsonNode update, long myUserId) {
        return switch (TdObjects.type(update)) {
            case "updateSupergroup" -> track(-TdChats.SUPERGROUP_ID_BASE - update.path("supergroup").path("id").asLong(),
                    update.path("supergroup").path("status"));
            case "updateBasicGroup" -> track(-update.path("basic_group").path("id").asLong(),
                    update.path("basic_group").path("status"));
            case "updateChatMember" -> chatMember(update, myUserId);
            default -> Optional.empty();
        };
    }

    private Optional<Long> chatMember(JsonNode update, long myUserId) {
        JsonNode memberId = update.path("new_chat_member").path("member_id");
        if (!TdObjects.is(memberId, "messageSenderUser") || memberId.path("user_id").asLong() != myUserId) {
            return Optional.empty();
        }
        long chatId = update.path("chat_id").asLong();
        member.put(chatId, isMember(update.path("old_chat_member").path("status")));
        return track(chatId, update.path("new_chat_member").path("status"));
    }

    private Optional<Long> track(long chatId, JsonNode status) {
        boolean isMember = isMember(status);
        Boolean was = member.put(chatId, isMember);
        boolean removed = TdObjects.is(status, "chatMemberStatusBanned") || TdObjects.is(status, "chatMemberStatusLeft");
        return Boolean.TRUE.equals(was) && removed ? Optional.of(chatId) : Optional.empty();
    }

    static boolean isMember(JsonNode status) {
        return switch (TdObjects.type(status)) {
            case "chatMemberStatusAdministrator", "chatMemberStatusMember" -> true;
            case "chatMemberStatusCreator", "chatMemberStatusRestricted" -> status.path("is_member").asBoolean();
            default -> false;
        };
    }
}
