package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A flat JSON object of scalars ({@code options}, {@code params}) read as a map of strings. */
final class ScalarMapJson {

    private ScalarMapJson() {
    }

    /**
     * Reads an optional object whose values are strings, numbers or booleans, each turned into its text;
     * {@code null} values are dropped, nested objects and arrays are rejected naming the key.
     */
    static Map<String, String> read(JsonFields json, String name) {
        Optional<JsonFields> object = json.optionalObject(name);
        if (object.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.get().entries()) {
            JsonNode value = entry.getValue();
            if (value.isContainerNode()) {
                throw object.get().error(entry.getKey(), "must be a string, number or boolean");
            }
            if (!value.isNull()) {
                values.put(entry.getKey(), value.asText());
            }
        }
        return values;
    }
}
