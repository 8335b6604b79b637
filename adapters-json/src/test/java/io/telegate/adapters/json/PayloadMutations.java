package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.InvalidPayloadException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Broken variants of a valid payload: every truncation, every field removed, every value swapped for other types. */
final class PayloadMutations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5),
            NODES.numberNode(new BigInteger("99999999999999999999")), NODES.textNode(""), NODES.textNode("x"),
            NODES.arrayNode(), NODES.objectNode());

    private PayloadMutations() {
    }

    /**
     * Decodes every mutation of {@code valid}; each must decode or fail with {@link InvalidPayloadException},
     * and at least one must fail. Returns how many failed.
     */
    static int assertOnlyInvalidPayloadFailures(String valid, Function<String, ?> decode) {
        int failures = 0;
        for (String mutation : of(valid)) {
            try {
                decode.apply(mutation);
            } catch (InvalidPayloadException expected) {
                failures++;
            } catch (RuntimeException other) {
                fail("decoding " + mutation + " threw " + other, other);
            }
        }
        assertThat(failures).isPositive();
        return failures;
    }

    static List<String> of(String valid) {
        List<String> mutations = new ArrayList<>();
        for (int end = 0; end < valid.length(); end++) {
            mutations.add(valid.substring(0, end));
        }
        try {
            JsonNode root = MAPPER.readTree(valid);
            swapEveryValue(root, root, mutations);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a valid payload: " + valid, e);
        }
        return mutations;
    }

    private static void swapEveryValue(JsonNode root, JsonNode node, List<String> out) throws Exception {
        if (node instanceof ObjectNode object) {
            for (String name : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode original = object.remove(name);
                out.add(MAPPER.writeValueAsString(root));
                for (JsonNode replacement : REPLACEMENTS) {
                    object.set(name, replacement);
                    out.add(MAPPER.writeValueAsString(root));
                }
                object.set(name, original);
                swapEveryValue(root, original, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode original = array.get(i);
                for (JsonNode replacement : REPLACEMENTS) {
                    array.set(i, replacement);
                    out.add(MAPPER.writeValueAsString(root));
                }
                array.set(i, original);
                swapEveryValue(root, original, out);
            }
        }
    }
}
