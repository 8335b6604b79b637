package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.sandbox.wire.SandboxJson;

/** Writes Bot API answers in Telegram's wire format: {@code {"ok":true,"result":...}} or the error envelope. */
final class BotReplies {

    private BotReplies() {
    }

    static void ok(Context ctx, JsonNode result, String description) {
        ObjectNode json = SandboxJson.object().put("ok", true);
        json.set("result", result);
        if (description != null) {
            json.put("description", description);
        }
        ctx.status(200).contentType("application/json").result(json.toString());
    }

    static void error(Context ctx, BotApiError error) {
        ObjectNode json = SandboxJson.object();
        switch (error) {
            case BotApiError.RetryAfter retry -> fail(json, 429, error)
                    .putObject("parameters").put("retry_after", Math.max(1, retry.retryAfter().toSeconds()));
            case BotApiError.ChatMigrated migrated -> fail(json, 400, error)
                    .putObject("parameters").put("migrate_to_chat_id", migrated.newChatId());
            case BotApiError.Forbidden forbidden -> fail(json, 403, forbidden);
            case BotApiError.Unauthorized unauthorized -> fail(json, 401, unauthorized);
            case BotApiError.ChatNotFound notFound -> fail(json, 400, notFound);
            case BotApiError.BadRequest bad -> fail(json, 400, bad);
            case BotApiError.Transport transport -> fail(json, 502, transport);
        }
        ctx.status(json.get("error_code").asInt()).contentType("application/json").result(json.toString());
    }

    static void error(Context ctx, int code, String description) {
        ObjectNode json = SandboxJson.object().put("ok", false).put("error_code", code).put("description", description);
        ctx.status(code).contentType("application/json").result(json.toString());
    }

    private static ObjectNode fail(ObjectNode json, int code, BotApiError error) {
        return json.put("ok", false).put("error_code", code).put("description", error.description());
    }
}
