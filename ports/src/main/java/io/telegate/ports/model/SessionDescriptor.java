package io.telegate.ports.model;

import java.util.Objects;

/**
 * A Telegram user-account session as seed 000's SessionData names it: {@code {id, api_hash, session_string}}.
 *
 * <p>It holds secrets: {@link #toString()} never prints the api hash or the session string, and it is stored
 * only as an {@link EncryptedSession}.
 *
 * @param id            the session's stable identifier (a UUID in existing systems)
 * @param apiHash       the Telegram application's api_hash
 * @param sessionString the serialized authorization (format depends on the user-account adapter)
 */
public record SessionDescriptor(String id, String apiHash, String sessionString) {

    public SessionDescriptor {
        Objects.requireNonNull(id, "session id");
        Objects.requireNonNull(apiHash, "api_hash");
        Objects.requireNonNull(sessionString, "session_string");
        if (id.isBlank()) {
            throw new IllegalArgumentException("session id is blank");
        }
    }

    @Override
    public String toString() {
        return "SessionDescriptor[id=" + id + ", api_hash=***, session_string=***]";
    }
}
