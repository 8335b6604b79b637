package io.telegate.adapters.http.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.NotificationChanges;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.UnknownPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the JSON bodies of {@code POST /api/tasks/create} and {@code PATCH /api/tasks/{task_id}/update} into the
 * use cases' types. Only the shape is checked here (types, required fields, unknown fields); the rules (lengths,
 * chat ids, bots, send times) are the core's.
 */
final class TaskRequests {

    private static final Set<String> CREATE_FIELDS = Set.of("chat_id", "text", "parse_mode", "keyboard", "silent",
            "reply_to", "send_at", "priority", "bot", "idempotency_key", "on_unknown");
    private static final Set<String> UPDATE_FIELDS = Set.of("text", "parse_mode", "keyboard", "silent", "send_at",
            "priority");
    private static final Set<String> FIXED_FIELDS = Set.of("chat_id", "bot", "idempotency_key", "reply_to",
            "on_unknown");

    private TaskRequests() {
    }

    /** A create request as the use case takes it. */
    record Create(NotificationRequest request, Optional<UnknownPolicy> onUnknown) {
    }

    static Create create(JsonNode body, String tenant, Optional<String> headerKey) {
        JsonFields fields = new JsonFields(body);
        fields.rejectOthers(CREATE_FIELDS, name -> "is not a field of a task");
        Optional<String> chat = required(fields, "chat_id", fields.textOrInteger("chat_id"));
        Optional<String> text = required(fields, "text", fields.text("text"));
        Optional<String> parseMode = fields.text("parse_mode");
        Optional<List<List<InlineButton>>> keyboard = KeyboardJson.read(fields);
        boolean silent = fields.bool("silent").orElse(false);
        OptionalLong replyTo = fields.integer("reply_to");
        Optional<Instant> sendAt = fields.instant("send_at");
        Priority priority = fields.lowerCaseEnum("priority", Priority.class).orElse(Priority.NORMAL);
        Optional<String> bot = fields.text("bot");
        Optional<String> key = idempotencyKey(fields, headerKey);
        Optional<UnknownPolicy> onUnknown = fields.lowerCaseEnum("on_unknown", UnknownPolicy.class);
        fields.failOnErrors();
        OutgoingMessage message = new OutgoingMessage(chat.orElseThrow(), text.orElseThrow(), parseMode,
                keyboard.orElseThrow(), silent, replyTo);
        return new Create(new NotificationRequest(tenant, message, sendAt, priority, bot, key), onUnknown);
    }

    static NotificationChanges changes(JsonNode body) {
        JsonFields fields = new JsonFields(body);
        fields.rejectOthers(UPDATE_FIELDS, name -> FIXED_FIELDS.contains(name)
                ? "cannot change: cancel the task and create a new one" : "is not a field of a task");
        for (String name : List.of("text", "silent", "send_at", "priority")) {
            if (fields.isNull(name)) {
                fields.error(name, "must not be null");
            }
        }
        if (!body.fieldNames().hasNext()) {
            fields.error("body", "names nothing to change");
        }
        Optional<String> parseMode = fields.isNull("parse_mode") ? Optional.of("") : fields.text("parse_mode");
        Optional<List<List<InlineButton>>> keyboard = fields.has("keyboard") ? keyboard(fields) : Optional.empty();
        NotificationChanges changes = new NotificationChanges(fields.text("text"), parseMode, keyboard,
                fields.bool("silent"), fields.instant("send_at"), fields.lowerCaseEnum("priority", Priority.class));
        fields.failOnErrors();
        return changes;
    }

    private static Optional<List<List<InlineButton>>> keyboard(JsonFields fields) {
        return fields.isNull("keyboard") ? Optional.of(List.of()) : KeyboardJson.read(fields);
    }

    private static Optional<String> idempotencyKey(JsonFields fields, Optional<String> header) {
        Optional<String> field = fields.text("idempotency_key");
        if (field.isPresent() && header.isPresent() && !field.equals(header)) {
            return fields.invalid("idempotency_key", "differs from the Idempotency-Key header; send one of them");
        }
        return field.or(() -> header);
    }

    private static Optional<String> required(JsonFields fields, String name, Optional<String> value) {
        if (value.isEmpty() && !fields.value(name).isPresent()) {
            fields.error(name, "is required");
        }
        return value;
    }
}
