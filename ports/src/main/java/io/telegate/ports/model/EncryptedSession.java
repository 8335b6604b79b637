package io.telegate.ports.model;

import java.util.Objects;

/**
 * A {@link SessionDescriptor} sealed for storage at rest.
 *
 * @param sessionId the session's id, kept in clear so the session can be found
 * @param keyId     which key sealed it, so keys can be rotated
 * @param sealed    base64 of the nonce followed by the authenticated ciphertext
 */
public record EncryptedSession(String sessionId, String keyId, String sealed) {

    public EncryptedSession {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(keyId, "key id");
        Objects.requireNonNull(sealed, "sealed payload");
    }
}
