package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.sandbox.SandboxBots;
import io.telegate.sandbox.WebhookInfo;
import io.telegate.sandbox.wire.BotWire;
import io.telegate.sandbox.wire.SandboxJson;
import java.time.Duration;
import java.util.Map;

/** The emulator's update methods: setWebhook, deleteWebhook, getWebhookInfo, getUpdates (long polling). */
final class BotUpdateMethods {

    /** The longest long poll the emulator holds a request for. */
    static final long MAX_TIMEOUT_SECONDS = 50;

    private final SandboxBots bots;

    BotUpdateMethods(SandboxBots bots) {
        this.bots = bots;
    }

    void register(Map<String, BotMethod> methods) {
        methods.put("setwebhook", (token, params) -> {
            bots.setWebhook(token, params.text("url").orElse(""), params.text("secret_token")
                    .filter(secret -> !secret.isEmpty()), params.flag("drop_pending_updates"));
            return BooleanNode.TRUE;
        });
        methods.put("deletewebhook", (token, params) -> {
            bots.deleteWebhook(token, params.flag("drop_pending_updates"));
            return BooleanNode.TRUE;
        });
        methods.put("getwebhookinfo", (token, params) -> info(bots.webhookInfo(token)));
        methods.put("getupdates", (token, params) -> {
            long timeout = Math.clamp(params.number("timeout").orElse(0), 0, MAX_TIMEOUT_SECONDS);
            int limit = (int) Math.clamp(params.number("limit").orElse(100), 1, 100);
            ArrayNode updates = SandboxJson.array();
            bots.updates(token, params.number("offset").orElse(0), limit, Duration.ofSeconds(timeout))
                    .forEach(update -> updates.add(BotWire.update(update)));
            return updates;
        });
    }

    private static ObjectNode info(WebhookInfo info) {
        ObjectNode json = SandboxJson.object().put("url", info.url()).put("has_custom_certificate", false)
                .put("pending_update_count", info.pendingUpdateCount());
        info.lastErrorDate().ifPresent(date -> json.put("last_error_date", date.getEpochSecond()));
        info.lastErrorMessage().ifPresent(message -> json.put("last_error_message", message));
        return json;
    }
}
