package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.BotUpdate;
import io.telegate.sandbox.SandboxBots;
import io.telegate.sandbox.wire.BotWire;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;

/** Control routes for bots: create, read what they sent, add them to chats, play users writing and pressing. */
final class BotControlRoutes {

    private final SandboxBots bots;

    BotControlRoutes(SandboxBots bots) {
        this.bots = bots;
    }

    void register(Javalin app) {
        app.post("/sandbox/bots", ctx -> {
            JsonNode body = ControlBody.of(ctx);
            BotToken token = JsonFields.optText(body, "token").map(BotTokens::parse).orElse(null);
            ControlBody.reply(ctx, 201, ControlJson.bot(bots.create(JsonFields.text(body, "username"),
                    JsonFields.optText(body, "first_name").orElse(null), token)));
        });
        app.get("/sandbox/bots/{token}/sent", ctx -> {
            ArrayNode sent = SandboxJson.array();
            bots.sent(token(ctx)).forEach(message -> sent.add(ControlJson.sent(message)));
            ControlBody.reply(ctx, 200, sent);
        });
        app.get("/sandbox/bots/{token}/callback-answers", ctx -> {
            ArrayNode answers = SandboxJson.array();
            bots.callbackAnswers(token(ctx)).forEach(answers::add);
            ControlBody.reply(ctx, 200, answers);
        });
        app.post("/sandbox/bots/{token}/members", ctx -> {
            String chat = JsonFields.text(ControlBody.of(ctx), "chat");
            bots.addToChat(token(ctx), chat);
            ControlBody.reply(ctx, 200, SandboxJson.object().put("chat", chat).put("bot_id", token(ctx).botId()));
        });
        app.post("/sandbox/bots/{token}/updates", this::update);
    }

    private void update(Context ctx) throws Exception {
        JsonNode body = ControlBody.of(ctx);
        long from = JsonFields.number(body, "from_id");
        BotUpdate update = body.hasNonNull("callback_data")
                ? bots.userPresses(token(ctx), from, JsonFields.number(body, "message_id"),
                        JsonFields.text(body, "callback_data"))
                : bots.userWrites(token(ctx), from, JsonFields.text(body, "text"));
        ControlBody.reply(ctx, 201, BotWire.update(update));
    }

    private static BotToken token(Context ctx) {
        return BotTokens.parse(ctx.pathParam("token"));
    }
}
