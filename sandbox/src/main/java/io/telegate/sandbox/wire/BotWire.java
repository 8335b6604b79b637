package io.telegate.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.sandbox.BotMessage;
import io.telegate.sandbox.BotUpdate;
import io.telegate.sandbox.Peer;
import java.util.ArrayList;
import java.util.List;

/** Telegram Bot API object shapes (User, Chat, Message, Update, MessageEntity, InlineKeyboardMarkup) as JSON. */
public final class BotWire {

    private BotWire() {
    }

    public static ObjectNode user(Peer peer) {
        ObjectNode user = SandboxJson.object().put("id", peer.id()).put("is_bot", peer.bot())
                .put("first_name", peer.name());
        peer.username().ifPresent(name -> user.put("username", name));
        return user;
    }

    public static ObjectNode chat(Peer peer) {
        ObjectNode chat = SandboxJson.object().put("id", peer.id())
                .put("type", peer.kind().name().toLowerCase());
        chat.put(peer.kind() == ChatKind.PRIVATE ? "first_name" : "title", peer.name());
        peer.username().ifPresent(name -> chat.put("username", name));
        return chat;
    }

    public static ObjectNode message(BotMessage message) {
        ObjectNode json = SandboxJson.object().put("message_id", message.messageId());
        if (message.chat().kind() == ChatKind.CHANNEL) {
            json.set("sender_chat", chat(message.chat()));
        } else {
            json.set("from", user(message.from()));
        }
        json.set("chat", chat(message.chat()));
        json.put("date", message.date().getEpochSecond());
        message.editDate().ifPresent(edit -> json.put("edit_date", edit.getEpochSecond()));
        message.replyTo().ifPresent(id -> json.set("reply_to_message", SandboxJson.object().put("message_id", id)
                .put("date", message.date().getEpochSecond()).set("chat", chat(message.chat()))));
        json.put("text", message.text());
        if (!message.entities().isEmpty()) {
            json.set("entities", entities(message.entities()));
        }
        if (!message.keyboard().isEmpty()) {
            json.set("reply_markup", keyboard(message.keyboard()));
        }
        return json;
    }

    public static ObjectNode update(BotUpdate update) {
        ObjectNode json = SandboxJson.object().put("update_id", update.updateId());
        update.message().ifPresent(message -> json.set("message", message(message)));
        update.callbackQuery().ifPresent(query -> {
            ObjectNode callback = SandboxJson.object().put("id", query.id());
            callback.set("from", user(query.from()));
            query.message().ifPresent(message -> callback.set("message", message(message)));
            callback.put("chat_instance", Long.toString(query.from().id() * 31 + 7));
            callback.put("data", query.data());
            json.set("callback_query", callback);
        });
        return json;
    }

    public static ArrayNode entities(List<MessageEntity> entities) {
        ArrayNode array = SandboxJson.array();
        for (MessageEntity entity : entities) {
            ObjectNode json = array.addObject().put("type", entity.type()).put("offset", entity.offset())
                    .put("length", entity.length());
            entity.url().ifPresent(url -> json.put("url", url));
        }
        return array;
    }

    public static ObjectNode keyboard(List<List<InlineButton>> rows) {
        ObjectNode markup = SandboxJson.object();
        ArrayNode keyboard = markup.putArray("inline_keyboard");
        for (List<InlineButton> row : rows) {
            ArrayNode buttons = keyboard.addArray();
            for (InlineButton button : row) {
                ObjectNode json = buttons.addObject().put("text", button.text());
                button.url().ifPresent(url -> json.put("url", url));
                button.callbackData().ifPresent(data -> json.put("callback_data", data));
            }
        }
        return markup;
    }

    /** Reads an {@code InlineKeyboardMarkup}; other markups (reply keyboards) give no inline rows. */
    public static List<List<InlineButton>> parseKeyboard(JsonNode markup) {
        JsonNode rows = markup.path("inline_keyboard");
        if (!markup.isObject() || (!rows.isMissingNode() && !rows.isArray())) {
            throw new IllegalArgumentException("reply_markup must be an object with an inline_keyboard array");
        }
        List<List<InlineButton>> keyboard = new ArrayList<>();
        for (JsonNode row : rows) {
            List<InlineButton> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(button(button));
            }
            keyboard.add(buttons);
        }
        return keyboard;
    }

    private static InlineButton button(JsonNode button) {
        String text = button.path("text").asText("");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an inline keyboard button needs a text");
        }
        if (button.hasNonNull("url")) {
            return InlineButton.link(text, button.get("url").asText());
        }
        if (button.hasNonNull("callback_data")) {
            return InlineButton.callback(text, button.get("callback_data").asText());
        }
        throw new IllegalArgumentException("an inline keyboard button needs a url or callback_data");
    }
}
