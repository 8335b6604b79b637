package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;
import java.time.Duration;

/** Control routes for user-account sessions and log-ins: create, revoke, inject flood waits, scan a QR code. */
final class SessionRoutes {

    private final TelegramSandbox sandbox;

    SessionRoutes(TelegramSandbox sandbox) {
        this.sandbox = sandbox;
    }

    void register(Javalin app) {
        app.post("/sandbox/sessions", ctx -> ControlBody.reply(ctx, 201, ControlJson.session(
                sandbox.createSession(JsonFields.number(ControlBody.of(ctx), "user_id")))));
        app.post("/sandbox/sessions/{id}/revoke", ctx -> {
            sandbox.revokeSession(ctx.pathParam("id"));
            ControlBody.reply(ctx, 200, SandboxJson.object().put("id", ctx.pathParam("id")).put("revoked", true));
        });
        app.post("/sandbox/sessions/{id}/floodwait", ctx -> {
            JsonNode body = ControlBody.of(ctx);
            long seconds = JsonFields.number(body, "seconds");
            long times = JsonFields.optNumber(body, "times").orElse(1);
            if (seconds < 0 || times < 0 || times > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("seconds and times must be non-negative");
            }
            sandbox.injectFloodWait(ctx.pathParam("id"), Duration.ofSeconds(seconds), (int) times);
            ControlBody.reply(ctx, 200, SandboxJson.object().put("id", ctx.pathParam("id"))
                    .put("seconds", seconds).put("times", times));
        });
        app.post("/sandbox/logins/qr/scan", ctx -> {
            JsonNode body = ControlBody.of(ctx);
            long userId = JsonFields.number(body, "user_id");
            sandbox.scanQr(JsonFields.text(body, "link"), userId);
            ControlBody.reply(ctx, 200, SandboxJson.object().put("scanned", true).put("user_id", userId));
        });
    }
}
