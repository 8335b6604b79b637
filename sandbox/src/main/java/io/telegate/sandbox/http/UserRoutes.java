package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;

/** Control routes for users: create, set a two-step password, block a bot. */
final class UserRoutes {

    private final TelegramSandbox sandbox;

    UserRoutes(TelegramSandbox sandbox) {
        this.sandbox = sandbox;
    }

    void register(Javalin app) {
        app.post("/sandbox/users", this::create);
        app.post("/sandbox/users/{id}/password", ctx -> {
            JsonNode body = ControlBody.of(ctx);
            long id = userId(ctx);
            sandbox.setPassword(id, JsonFields.optText(body, "password").orElse(null),
                    JsonFields.optText(body, "hint").orElse(null));
            ControlBody.reply(ctx, 200, ControlJson.user(sandbox.user(id).orElseThrow()));
        });
        app.post("/sandbox/users/{id}/block-bot", ctx -> {
            BotToken token = BotTokens.parse(JsonFields.text(ControlBody.of(ctx), "token"));
            sandbox.blockBot(userId(ctx), token);
            ControlBody.reply(ctx, 200, SandboxJson.object().put("user_id", userId(ctx))
                    .put("blocked_bot_id", token.botId()));
        });
    }

    private void create(Context ctx) throws Exception {
        JsonNode body = ControlBody.of(ctx);
        SandboxUser user = sandbox.createUser(JsonFields.text(body, "first_name"),
                JsonFields.optText(body, "username").orElse(null), JsonFields.optText(body, "phone").orElse(null));
        if (body.hasNonNull("password")) {
            sandbox.setPassword(user.id(), JsonFields.text(body, "password"),
                    JsonFields.optText(body, "hint").orElse(null));
            user = sandbox.user(user.id()).orElseThrow();
        }
        ControlBody.reply(ctx, 201, ControlJson.user(user));
    }

    private static long userId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("a user id is a positive whole number, was '" + id + "'");
        }
        return Long.parseLong(id);
    }
}
