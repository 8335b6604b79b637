package io.telegate.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads fields of JSON input, failing with {@link IllegalArgumentException} that names the field and the problem. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String text(JsonNode node, String field) {
        return optText(node, field).orElseThrow(() -> new IllegalArgumentException("'" + field + "' is required"));
    }

    public static Optional<String> optText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return Optional.of(value.asText());
    }

    public static long number(JsonNode node, String field) {
        OptionalLong value = optNumber(node, field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value.getAsLong();
    }

    /** A whole number, given as a JSON number or as a string of digits. */
    public static OptionalLong optNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.asLong());
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(value.asText().strip()));
        }
        throw new IllegalArgumentException("'" + field + "' must be a whole number");
    }

    public static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    /** The node itself when it is a JSON object, else a failure naming what was expected. */
    public static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return node;
    }
}
