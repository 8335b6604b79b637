package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.out.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifier's events (a task reached {@code delivered}, {@code failed}, {@code cancelled} or {@code unknown}) as
 * JSON: {@code task_id}, {@code tenant}, {@code status}, {@code chat_id}, {@code telegram_message_ids} (an array,
 * empty when nothing was delivered), {@code error} (only when there is one) and {@code ts}.
 */
public final class JsonNotificationEventCodec implements Codec<NotificationEvent> {

    private static final Map<String, NotificationStatus> FINAL_STATES = Map.of(
            "delivered", NotificationStatus.DELIVERED, "failed", NotificationStatus.FAILED,
            "cancelled", NotificationStatus.CANCELLED, "unknown", NotificationStatus.UNKNOWN);

    @Override
    public NotificationEvent decode(String payload) {
        JsonFields json = JsonFields.parse(payload);
        String status = json.requiredText("status");
        if (!FINAL_STATES.containsKey(status)) {
            throw json.error("status", "must be one of delivered, failed, cancelled, unknown");
        }
        return new NotificationEvent(json.requiredNonBlank("task_id"), json.requiredText("tenant"),
                FINAL_STATES.get(status), json.requiredNonBlank("chat_id"), messageIds(json),
                json.optionalText("error"), json.requiredInstant("ts"));
    }

    private static List<Long> messageIds(JsonFields json) {
        String name = "telegram_message_ids";
        JsonNode array = json.required(name);
        if (!array.isArray()) {
            throw json.error(name, "must be an array");
        }
        List<Long> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() < 1) {
                throw json.error(name + "[" + i + "]", "must be a positive integer");
            }
            ids.add(id.longValue());
        }
        return ids;
    }

    @Override
    public String encode(NotificationEvent value) {
        ObjectNode node = SharedJson.object();
        node.put("task_id", value.taskId());
        node.put("tenant", value.tenant());
        node.put("status", value.status().name().toLowerCase(Locale.ROOT));
        node.put("chat_id", value.chatId());
        ArrayNode ids = node.putArray("telegram_message_ids");
        value.telegramMessageIds().forEach(ids::add);
        value.error().ifPresent(error -> node.put("error", error));
        node.put("ts", value.ts().toString());
        return SharedJson.write(node);
    }
}
