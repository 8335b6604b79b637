package io.telegate.adapters.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.MessageEntity;
import java.io.IOException;
import java.util.List;

/** A message entity: {@code {"type", "offset", "length"}} plus {@code "url"} on {@code text_link} entities. */
final class EntityJson {

    private EntityJson() {
    }

    /** Reads an array of entities; absent or null means none. */
    static List<MessageEntity> readAll(JsonFields json, String name) {
        return json.objectList(name).stream().map(EntityJson::read).toList();
    }

    private static MessageEntity read(JsonFields entity) {
        return new MessageEntity(entity.requiredText("type"), entity.requiredInt("offset", 0),
                entity.requiredInt("length", 0), entity.optionalText("url"));
    }

    static void writeAll(ArrayNode target, List<MessageEntity> entities) {
        for (MessageEntity entity : entities) {
            ObjectNode node = target.addObject();
            node.put("type", entity.type());
            node.put("offset", entity.offset());
            node.put("length", entity.length());
            entity.url().ifPresent(url -> node.put("url", url));
        }
    }

    /** The same shape as {@link #writeAll(ArrayNode, List)}, streamed for the message hot path. */
    static void writeAll(JsonGenerator out, List<MessageEntity> entities) throws IOException {
        out.writeStartArray();
        for (MessageEntity entity : entities) {
            out.writeStartObject();
            out.writeStringField("type", entity.type());
            out.writeNumberField("offset", entity.offset());
            out.writeNumberField("length", entity.length());
            if (entity.url().isPresent()) {
                out.writeStringField("url", entity.url().get());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
