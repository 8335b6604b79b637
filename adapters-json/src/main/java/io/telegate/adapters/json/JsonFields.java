package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed reads of one JSON object's fields, failing with {@link InvalidPayloadException}s that name the field by
 * its dotted path from the payload's root ({@code backup_sessions_pool[1].api_hash}).
 *
 * <p>A JSON {@code null} counts as absent; fields nobody asks for are ignored, for forward compatibility.
 */
final class JsonFields {

    private final ObjectNode node;
    private final String path;

    private JsonFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The fields of a whole payload, which must be one JSON object. */
    static JsonFields parse(String payload) {
        return new JsonFields(SharedJson.parseObject(payload), "");
    }

    /** The dotted path of one of this object's fields. */
    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    InvalidPayloadException error(String name, String reason) {
        return new InvalidPayloadException(pathOf(name), reason);
    }

    Optional<JsonNode> optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode required(String name) {
        return optional(name).orElseThrow(() -> error(name, "is required"));
    }

    String requiredText(String name) {
        return text(name, required(name));
    }

    /** A required string that must hold more than white space. */
    String requiredNonBlank(String name) {
        return nonBlank(name, requiredText(name));
    }

    Optional<String> optionalText(String name) {
        return optional(name).map(value -> text(name, value));
    }

    Optional<String> optionalNonBlank(String name) {
        return optional(name).map(value -> nonBlank(name, text(name, value)));
    }

    long requiredLong(String name) {
        return integral(name, required(name));
    }

    long requiredLong(String name, long min) {
        return atLeast(name, integral(name, required(name)), min);
    }

    OptionalLong optionalLong(String name) {
        Optional<JsonNode> value = optional(name);
        return value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(integral(name, value.get()));
    }

    int requiredInt(String name) {
        return requiredInt(name, Integer.MIN_VALUE);
    }

    int requiredInt(String name, int min) {
        long value = requiredLong(name, min);
        if (value > Integer.MAX_VALUE) {
            throw error(name, "must be at most " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    double requiredNumber(String name) {
        JsonNode value = required(name);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw error(name, "must be a number");
        }
        return value.doubleValue();
    }

    boolean optionalBoolean(String name, boolean absent) {
        Optional<JsonNode> value = optional(name);
        if (value.isPresent() && !value.get().isBoolean()) {
            throw error(name, "must be true or false");
        }
        return value.map(JsonNode::booleanValue).orElse(absent);
    }

    Instant requiredInstant(String name) {
        return instant(name, requiredText(name));
    }

    Optional<Instant> optionalInstant(String name) {
        return optional(name).map(value -> instant(name, text(name, value)));
    }

    JsonFields requiredObject(String name) {
        return object(pathOf(name), required(name));
    }

    Optional<JsonFields> optionalObject(String name) {
        return optional(name).map(value -> object(pathOf(name), value));
    }

    /** An array of objects; absent means empty. */
    List<JsonFields> objectList(String name) {
        Optional<JsonNode> value = optional(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw error(name, "must be an array");
        }
        List<JsonFields> items = new ArrayList<>(value.get().size());
        for (int i = 0; i < value.get().size(); i++) {
            items.add(object(pathOf(name) + "[" + i + "]", value.get().get(i)));
        }
        return items;
    }

    /** This object's fields in document order. */
    Iterable<Map.Entry<String, JsonNode>> entries() {
        return node.properties();
    }

    private String text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw error(name, "must be a string");
        }
        return value.textValue();
    }

    private String nonBlank(String name, String value) {
        if (value.isBlank()) {
            throw error(name, "must not be blank");
        }
        return value;
    }

    private long integral(String name, JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw error(name, "must be an integer");
        }
        if (!value.canConvertToLong()) {
            throw error(name, "is out of range");
        }
        return value.longValue();
    }

    private long atLeast(String name, long value, long min) {
        if (value < min) {
            throw error(name, "must be at least " + min);
        }
        return value;
    }

    private Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error(name, "must be an ISO-8601 instant such as 2025-11-07T10:23:45Z");
        }
    }

    private static JsonFields object(String path, JsonNode value) {
        if (!value.isObject()) {
            throw new InvalidPayloadException(path, "must be an object");
        }
        return new JsonFields((ObjectNode) value, path);
    }
}
