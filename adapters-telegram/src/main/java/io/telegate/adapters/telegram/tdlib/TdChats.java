package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.PermanentFailure;
import java.util.Optional;

/**
 * Finding and joining chats through TDLib: {@code searchPublicChat} for usernames, {@code getChat} for ids,
 * {@code checkChatInviteLink} and {@code joinChatByInviteLink} for invite links.
 *
 * <p>A private chat seen only through its invite link has no id before joining (TDLib reports {@code chat_id} 0);
 * it resolves to id 0, and reading it fails with {@code CHANNEL_PRIVATE} until it is joined.
 */
final class TdChats {

    /** Supergroup and channel chat ids are {@code -(10^12 + supergroup id)} in TDLib, as in the Bot API. */
    static final long SUPERGROUP_ID_BASE = 1_000_000_000_000L;

    private final TdCaller td;

    TdChats(TdCaller td) {
        this.td = td;
    }

    ResolvedChat resolve(ChatRef ref) {
        return switch (ref) {
            case ChatRef.Username name -> describe(searchPublic(name));
            case ChatRef.NumericId id -> describe(chatById(id));
            case ChatRef.InviteLink link -> resolveInvite(link);
        };
    }

    ResolvedChat join(ChatRef ref) {
        return switch (ref) {
            case ChatRef.Username name -> joinKnown(searchPublic(name), ref);
            case ChatRef.NumericId id -> joinKnown(chatById(id), ref);
            case ChatRef.InviteLink link -> joinInvite(link);
        };
    }

    private JsonNode searchPublic(ChatRef.Username name) {
        return td.call(TdObjects.request("searchPublicChat").put("username", name.name()), name.text());
    }

    /** {@code getChat}, or for a chat not yet in TDLib's cache, loading it by its supergroup, group or user id. */
    private JsonNode chatById(ChatRef.NumericId ref) {
        long id = ref.id();
        try {
            return td.call(TdObjects.request("getChat").put("chat_id", id), ref.text());
        } catch (ChatUnavailableException notCached) {
            if (id <= -SUPERGROUP_ID_BASE) {
                return td.call(TdObjects.request("createSupergroupChat")
                        .put("supergroup_id", -id - SUPERGROUP_ID_BASE).put("force", false), ref.text());
            }
            if (id < 0) {
                return td.call(TdObjects.request("createBasicGroupChat")
                        .put("basic_group_id", -id).put("force", false), ref.text());
            }
            return td.call(TdObjects.request("createPrivateChat").put("user_id", id).put("force", false), ref.text());
        }
    }

    private ResolvedChat resolveInvite(ChatRef.InviteLink link) {
        JsonNode info = td.call(TdObjects.request("checkChatInviteLink").put("invite_link", link.url()), link.text());
        long chatId = info.path("chat_id").asLong();
        if (chatId != 0) {
            return describe(td.call(TdObjects.request("getChat").put("chat_id", chatId), link.text()));
        }
        return new ResolvedChat(0, Optional.empty(), info.path("title").asText(""), inviteKind(info.path("type")));
    }

    private ResolvedChat joinKnown(JsonNode chat, ChatRef ref) {
        long chatId = chat.path("id").asLong();
        td.call(TdObjects.request("joinChat").put("chat_id", chatId), ref.text());
        return describe(td.call(TdObjects.request("getChat").put("chat_id", chatId), ref.text()));
    }

    private ResolvedChat joinInvite(ChatRef.InviteLink link) {
        try {
            return describe(td.call(TdObjects.request("joinChatByInviteLink").put("invite_link", link.url()),
                    link.text()));
        } catch (PermanentFailure e) {
            if (!e.getMessage().contains("USER_ALREADY_PARTICIPANT")) {
                throw e;
            }
            return resolveInvite(link);
        }
    }

    /** The chat as the ports describe it; the username comes from the supergroup or user behind the chat. */
    ResolvedChat describe(JsonNode chat) {
        JsonNode type = chat.path("type");
        String title = chat.path("title").asText("");
        return switch (TdObjects.type(type)) {
            case "chatTypeSupergroup" -> new ResolvedChat(chat.path("id").asLong(),
                    username(td.call(TdObjects.request("getSupergroup")
                            .put("supergroup_id", type.path("supergroup_id").asLong()), title)),
                    title, type.path("is_channel").asBoolean() ? ChatKind.CHANNEL : ChatKind.SUPERGROUP);
            case "chatTypeBasicGroup" -> new ResolvedChat(chat.path("id").asLong(), Optional.empty(), title,
                    ChatKind.GROUP);
            default -> new ResolvedChat(chat.path("id").asLong(),
                    username(td.call(TdObjects.request("getUser").put("user_id", type.path("user_id").asLong()),
                            title)), title, ChatKind.PRIVATE);
        };
    }

    /** The public username of a user or supergroup: its editable one, else its first active one. */
    static Optional<String> username(JsonNode owner) {
        JsonNode usernames = owner.path("usernames");
        String editable = usernames.path("editable_username").asText("");
        if (!editable.isBlank()) {
            return Optional.of(editable);
        }
        JsonNode active = usernames.path("active_usernames");
        return active.isArray() && !active.isEmpty() ? Optional.of(active.get(0).asText()) : Optional.empty();
    }

    private static ChatKind inviteKind(JsonNode type) {
        return switch (TdObjects.type(type)) {
            case "inviteLinkChatTypeBasicGroup" -> ChatKind.GROUP;
            case "inviteLinkChatTypeChannel" -> ChatKind.CHANNEL;
            default -> ChatKind.SUPERGROUP;
        };
    }
}
