package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.PermanentFailure;

/**
 * Reading and writing TDLib's JSON objects. TDLib writes {@code int64} fields as JSON strings and {@code int53}
 * ones as numbers; {@link JsonNode#asLong()} reads both.
 */
final class TdObjects {

    static final String TYPE = "@type";
    static final String EXTRA = "@extra";
    static final String CLIENT_ID = "@client_id";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TdObjects() {
    }

    /** A new request object of the given TDLib method. */
    static ObjectNode request(String type) {
        return MAPPER.createObjectNode().put(TYPE, type);
    }

    /** A new empty object of the given TDLib type (for nested parameters). */
    static ObjectNode object(String type) {
        return request(type);
    }

    static ObjectNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new PermanentFailure("TDLib sent JSON that is not an object");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new PermanentFailure("TDLib sent malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a TDLib request", e);
        }
    }

    /** The object's {@code @type}, or an empty string for a missing or null node. */
    static String type(JsonNode node) {
        return node == null ? "" : node.path(TYPE).asText("");
    }

    /** True when the node is an object of the given type. */
    static boolean is(JsonNode node, String type) {
        return type(node).equals(type);
    }
}
