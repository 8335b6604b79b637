package io.telegate.adapters.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.InvalidPayloadException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Seed 002's message JSON, one line per message (the archive's JSONL lines); see docs/contracts.md.
 *
 * <p>Every key is always written, absent values as {@code null}. Stateless and thread-safe; writing streams
 * through a shared generator factory because archives write millions of lines.
 */
public final class JsonTelegramMessages {

    /** One line of JSON (no line break) for a message. */
    public String toJson(TelegramMessage message) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = SharedJson.factory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("id", message.id());
            json.writeStringField("date", message.date().toString());
            writeOrNull(json, "from_id", message.fromId());
            json.writeStringField("chat", message.chat());
            json.writeStringField("text", message.text());
            writeOrNull(json, "reply_to", message.replyTo());
            writeOrNull(json, "views", message.views());
            writeOrNull(json, "forwards", message.forwards());
            writeOrNull(json, "replies_count", message.repliesCount());
            json.writeFieldName("entities");
            EntityJson.writeAll(json, message.entities());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Reads one message line; throws {@link InvalidPayloadException} naming the field for anything invalid. */
    public TelegramMessage fromJson(String json) {
        JsonFields fields = JsonFields.parse(json);
        return new TelegramMessage(fields.requiredLong("id", 1), fields.requiredInstant("date"),
                fields.optionalLong("from_id"), fields.requiredText("chat"), fields.requiredText("text"),
                fields.optionalLong("reply_to"), optionalCount(fields, "views"), optionalCount(fields, "forwards"),
                optionalCount(fields, "replies_count"), EntityJson.readAll(fields, "entities"));
    }

    private static OptionalInt optionalCount(JsonFields fields, String name) {
        OptionalLong value = fields.optionalLong(name);
        if (value.isPresent() && (value.getAsLong() < 0 || value.getAsLong() > Integer.MAX_VALUE)) {
            throw fields.error(name, "must be between 0 and " + Integer.MAX_VALUE);
        }
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    private static void writeOrNull(JsonGenerator json, String name, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsLong());
        } else {
            json.writeNullField(name);
        }
    }

    private static void writeOrNull(JsonGenerator json, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsInt());
        } else {
            json.writeNullField(name);
        }
    }
}
