package io.telegate.adapters.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.InvalidPayloadException;

/** The adapter's one configured, thread-safe {@link ObjectMapper}, and the parse step every decoder starts with. */
final class SharedJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SharedJson() {
    }

    /** The factory for streaming generators on hot paths. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a payload that must be one JSON object; the reason never quotes the payload (it may hold secrets). */
    static ObjectNode parseObject(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidPayloadException(null, "payload is empty");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(payload);
        } catch (JacksonException e) {
            throw new InvalidPayloadException(null, "is not valid JSON" + where(e.getLocation()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidPayloadException(null, "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** One line of JSON, no pretty printing. */
    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
