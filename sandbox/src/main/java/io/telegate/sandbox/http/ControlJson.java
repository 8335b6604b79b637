package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.sandbox.SandboxBot;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.SentBotMessage;
import io.telegate.sandbox.wire.BotWire;
import io.telegate.sandbox.wire.SandboxJson;

/** JSON shapes of the control API; messages use seed 002's field names. */
final class ControlJson {

    private ControlJson() {
    }

    static ObjectNode chat(SandboxChat chat) {
        ObjectNode json = SandboxJson.object().put("id", chat.id()).put("title", chat.title())
                .put("kind", chat.kind().name().toLowerCase()).put("ref", chat.ref());
        json.put("username", chat.username().orElse(null));
        json.put("invite_link", chat.inviteLink().orElse(null));
        return json;
    }

    static ObjectNode message(TelegramMessage message) {
        ObjectNode json = SandboxJson.object().put("id", message.id()).put("date", message.date().toString());
        if (message.fromId().isPresent()) {
            json.put("from_id", message.fromId().getAsLong());
        } else {
            json.putNull("from_id");
        }
        json.put("chat", message.chat()).put("text", message.text());
        json.put("reply_to", message.replyTo().isPresent() ? message.replyTo().getAsLong() : null);
        json.put("views", message.views().isPresent() ? message.views().getAsInt() : null);
        json.put("forwards", message.forwards().isPresent() ? message.forwards().getAsInt() : null);
        json.put("replies_count", message.repliesCount().isPresent() ? message.repliesCount().getAsInt() : null);
        json.set("entities", BotWire.entities(message.entities()));
        return json;
    }

    static ObjectNode user(SandboxUser user) {
        ObjectNode json = SandboxJson.object().put("id", user.id()).put("first_name", user.firstName());
        json.put("username", user.username().orElse(null));
        json.put("phone", user.phone().orElse(null));
        return json.put("has_password", user.password().isPresent());
    }

    static ObjectNode session(SessionDescriptor session) {
        return SandboxJson.object().put("id", session.id()).put("api_hash", session.apiHash())
                .put("session_string", session.sessionString());
    }

    static ObjectNode bot(SandboxBot bot) {
        return SandboxJson.object().put("token", bot.token().value()).put("id", bot.id())
                .put("username", bot.username()).put("first_name", bot.firstName());
    }

    static ObjectNode sent(SentBotMessage sent) {
        ObjectNode json = SandboxJson.object().put("chat_id", sent.chatId()).put("message_id", sent.messageId())
                .put("text", sent.text()).put("date", sent.date().toString());
        json.put("parse_mode", sent.parseMode().orElse(null));
        json.put("reply_to", sent.replyTo().isPresent() ? sent.replyTo().getAsLong() : null);
        json.put("edit_date", sent.editedAt().map(Object::toString).orElse(null));
        if (!sent.keyboard().isEmpty()) {
            json.set("reply_markup", BotWire.keyboard(sent.keyboard()));
        }
        return json;
    }
}
