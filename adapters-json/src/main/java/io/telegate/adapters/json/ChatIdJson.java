package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.ChatRef;

/** Seed 000's {@code chat_id}: a JSON number for numeric ids, a string for usernames and invite links. */
final class ChatIdJson {

    static final String FIELD = "chat_id";

    private ChatIdJson() {
    }

    /** Reads {@code chat_id}, accepting a number or any string form {@link ChatRef#parse} accepts. */
    static ChatRef read(JsonFields json) {
        JsonNode value = json.required(FIELD);
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return new ChatRef.NumericId(value.longValue());
            }
            if (value.isTextual()) {
                return ChatRef.parse(value.textValue());
            }
        } catch (IllegalArgumentException e) {
            throw json.error(FIELD, e.getMessage());
        }
        throw json.error(FIELD, value.isIntegralNumber() ? "is out of range" : "must be a number or a string");
    }

    static void write(ObjectNode node, ChatRef chat) {
        if (chat instanceof ChatRef.NumericId(long id)) {
            node.put(FIELD, id);
        } else {
            node.put(FIELD, chat.text());
        }
    }
}
