package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.out.BotApiException;
import io.telegate.sandbox.SandboxBots;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Bot API emulator: {@code /bot<token>/<method>} by GET or POST, method names in any case, Telegram's envelope
 * and error codes (401 for unknown tokens, 404 for unknown methods, 409 for {@code getUpdates} under a webhook).
 */
final class BotApiRoutes {

    private final SandboxBots bots;
    private final Map<String, BotMethod> methods = new HashMap<>();
    private final Map<String, String> descriptions = Map.of("setwebhook", "Webhook was set",
            "deletewebhook", "Webhook was deleted");

    BotApiRoutes(SandboxBots bots) {
        this.bots = bots;
        new BotMessageMethods(bots).register(methods);
        new BotUpdateMethods(bots).register(methods);
    }

    void register(Javalin app) {
        app.get("/bot{token}/{method}", this::handle);
        app.post("/bot{token}/{method}", this::handle);
    }

    private void handle(Context ctx) throws InterruptedException {
        String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
        try {
            BotToken token = token(ctx.pathParam("token"));
            bots.profile(token);
            BotMethod call = methods.get(method);
            if (call == null) {
                BotReplies.error(ctx, 404, "Not Found: method not found");
                return;
            }
            JsonNode result = call.call(token, BotApiParams.from(ctx));
            BotReplies.ok(ctx, result, descriptions.get(method));
        } catch (BotApiException e) {
            BotReplies.error(ctx, e.error());
        } catch (IllegalStateException e) {
            BotReplies.error(ctx, 409, e.getMessage());
        } catch (IllegalArgumentException e) {
            BotReplies.error(ctx, 400, "Bad Request: " + e.getMessage());
        }
    }

    private static BotToken token(String raw) {
        try {
            return new BotToken(raw);
        } catch (IllegalArgumentException e) {
            throw new BotApiException(new BotApiError.Unauthorized("Unauthorized"));
        }
    }
}
