package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.SessionDescriptor;
import java.util.List;

/** Seed 000's SessionData: {@code {"id", "api_hash", "session_string"}}. */
final class SessionJson {

    private SessionJson() {
    }

    static SessionDescriptor read(JsonFields session) {
        return new SessionDescriptor(session.requiredNonBlank("id"), session.requiredText("api_hash"),
                session.requiredText("session_string"));
    }

    /** Reads an array of sessions; absent or null means no sessions. */
    static List<SessionDescriptor> readAll(JsonFields json, String name) {
        return json.objectList(name).stream().map(SessionJson::read).toList();
    }

    static void write(ObjectNode target, SessionDescriptor session) {
        target.put("id", session.id());
        target.put("api_hash", session.apiHash());
        target.put("session_string", session.sessionString());
    }

    static void writeAll(ArrayNode target, List<SessionDescriptor> sessions) {
        sessions.forEach(session -> write(target.addObject(), session));
    }
}
