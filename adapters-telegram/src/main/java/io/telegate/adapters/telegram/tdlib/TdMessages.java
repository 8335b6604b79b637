package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.TelegramMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** TDLib's {@code message} objects as {@link TelegramMessage}s with seed 002's fields. */
final class TdMessages {

    private TdMessages() {
    }

    /**
     * The message as Telegram numbers it, under the chat name the caller used; empty for messages that are not on
     * the server (being sent, or local), which have no Telegram id yet.
     */
    static Optional<TelegramMessage> of(JsonNode message, String chat) {
        long tdlibId = message.path("id").asLong();
        if (!TdMessageIds.isServer(tdlibId)) {
            return Optional.empty();
        }
        JsonNode text = formattedText(message.path("content"));
        JsonNode interaction = message.path("interaction_info");
        return Optional.of(new TelegramMessage(
                TdMessageIds.toTelegram(tdlibId),
                Instant.ofEpochSecond(message.path("date").asLong()),
                sender(message.path("sender_id")),
                chat,
                text.path("text").asText(""),
                replyTo(message),
                counter(interaction, "view_count"),
                counter(interaction, "forward_count"),
                counter(interaction.path("reply_info"), "reply_count"),
                TdEntities.of(text)));
    }

    /** The text of a {@code messageText}, or the caption of a media message; missing for other content. */
    static JsonNode formattedText(JsonNode content) {
        return TdObjects.is(content, "messageText") ? content.path("text") : content.path("caption");
    }

    private static OptionalLong sender(JsonNode sender) {
        return switch (TdObjects.type(sender)) {
            case "messageSenderUser" -> OptionalLong.of(sender.path("user_id").asLong());
            case "messageSenderChat" -> OptionalLong.of(sender.path("chat_id").asLong());
            default -> OptionalLong.empty();
        };
    }

    /** The replied-to message when it is a server message of the same chat. */
    private static OptionalLong replyTo(JsonNode message) {
        JsonNode reply = message.path("reply_to");
        if (!TdObjects.is(reply, "messageReplyToMessage")) {
            return OptionalLong.empty();
        }
        long chatId = reply.path("chat_id").asLong();
        long tdlibId = reply.path("message_id").asLong();
        boolean sameChat = chatId == 0 || chatId == message.path("chat_id").asLong();
        return sameChat && TdMessageIds.isServer(tdlibId)
                ? OptionalLong.of(TdMessageIds.toTelegram(tdlibId)) : OptionalLong.empty();
    }

    private static OptionalInt counter(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isNumber() ? OptionalInt.of(value.asInt()) : OptionalInt.empty();
    }
}
