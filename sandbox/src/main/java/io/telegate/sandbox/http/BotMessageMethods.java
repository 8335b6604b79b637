package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.sandbox.Peer;
import io.telegate.sandbox.SandboxBot;
import io.telegate.sandbox.SandboxBots;
import io.telegate.sandbox.wire.BotWire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The emulator's message methods: getMe, sendMessage, editMessageText, answerCallbackQuery. */
final class BotMessageMethods {

    private final SandboxBots bots;

    BotMessageMethods(SandboxBots bots) {
        this.bots = bots;
    }

    void register(Map<String, BotMethod> methods) {
        methods.put("getme", (token, params) -> me(bots.profile(token)));
        methods.put("sendmessage", (token, params) -> BotWire.message(bots.send(token, outgoing(params,
                params.required("chat_id", "chat_id")))));
        methods.put("editmessagetext", this::edit);
        methods.put("answercallbackquery", (token, params) -> {
            bots.answerCallback(token, params.required("callback_query_id", "callback_query_id"),
                    params.text("text").orElse(""));
            return BooleanNode.TRUE;
        });
    }

    private JsonNode edit(BotToken token, BotApiParams params) {
        if (params.text("inline_message_id").isPresent()) {
            throw BotApiParams.badRequest("inline messages are not supported by the sandbox");
        }
        String chatId = params.required("chat_id", "chat_id");
        long messageId = params.number("message_id").orElseThrow(() -> BotApiParams.badRequest("message_id is empty"));
        long chat = params.number("chat_id").orElseThrow(() -> BotApiParams.badRequest("chat not found"));
        return BotWire.message(bots.edit(token, chat, messageId, outgoing(params, chatId)));
    }

    private static OutgoingMessage outgoing(BotApiParams params, String chatId) {
        String text = params.text("text").orElseThrow(() -> BotApiParams.badRequest("message text is empty"));
        List<List<InlineButton>> keyboard = params.object("reply_markup", "reply keyboard markup")
                .map(BotMessageMethods::keyboard).orElse(List.of());
        OptionalLong replyTo = params.number("reply_to_message_id");
        if (replyTo.isEmpty()) {
            replyTo = params.object("reply_parameters", "reply parameters")
                    .map(reply -> reply.path("message_id"))
                    .filter(JsonNode::canConvertToLong).map(id -> OptionalLong.of(id.asLong()))
                    .orElse(OptionalLong.empty());
        }
        return new OutgoingMessage(chatId, text, params.text("parse_mode").filter(mode -> !mode.isBlank()),
                keyboard, params.flag("disable_notification"), replyTo);
    }

    private static List<List<InlineButton>> keyboard(JsonNode markup) {
        try {
            return BotWire.parseKeyboard(markup);
        } catch (IllegalArgumentException e) {
            throw BotApiParams.badRequest("can't parse reply keyboard markup JSON object: " + e.getMessage());
        }
    }

    private static JsonNode me(SandboxBot bot) {
        return BotWire.user(new Peer(bot.id(), bot.firstName(), Optional.of(bot.username()), ChatKind.PRIVATE, true))
                .put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }
}
