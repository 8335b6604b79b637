package io.telegate.apps.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.SessionDescriptor;
import java.util.Optional;

/** Seed 000's SessionData as the log-in command prints and reads it: {@code {"id", "api_hash", "session_string"}}. */
final class SessionJsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionJsonText() {
    }

    static String write(SessionDescriptor session) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", session.id())
                .put("api_hash", session.apiHash())
                .put("session_string", session.sessionString());
        return node.toString();
    }

    /**
     * The session in {@code text}, empty while the text is not yet a whole JSON object; throws
     * {@link IllegalArgumentException} (never quoting the text, which holds secrets) when it is one without the fields.
     */
    static Optional<SessionDescriptor> read(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException incomplete) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new SessionDescriptor(text(node, "id"), text(node, "api_hash"),
                text(node, "session_string")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("the session JSON has no \"" + field + "\" text");
        }
        return value.asText();
    }
}
