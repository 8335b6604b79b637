package io.telegate.core.vault;

import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.PermanentFailure;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals session descriptors with AES-256-GCM before they are stored, and opens them again.
 *
 * <p>The session id is bound to the ciphertext as associated data, so a sealed session cannot be moved
 * under another id. Several keys may be known at once (rotation): sealing uses the current key, opening uses
 * the key the session names.
 */
public final class SessionSealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SealingKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SessionSealer(SealingKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Encrypts the api hash and session string under the current key. */
    public EncryptedSession seal(SessionDescriptor session) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = encodePlain(session);
        byte[] cipherText = run(Cipher.ENCRYPT_MODE, keys.current(), nonce, session.id(), plain);
        byte[] sealed = ByteBuffer.allocate(nonce.length + cipherText.length).put(nonce).put(cipherText).array();
        return new EncryptedSession(session.id(), keys.currentId(), Base64.getEncoder().encodeToString(sealed));
    }

    /** Decrypts a sealed session; throws {@link PermanentFailure} if the key is unknown or the data was altered. */
    public SessionDescriptor open(EncryptedSession sealed) {
        SecretKey key = keys.byId(sealed.keyId())
                .orElseThrow(() -> new PermanentFailure("session " + sealed.sessionId()
                        + " is sealed with unknown key '" + sealed.keyId() + "'"));
        byte[] bytes = Base64.getDecoder().decode(sealed.sealed());
        if (bytes.length <= NONCE_BYTES) {
            throw new PermanentFailure("session " + sealed.sessionId() + " has a truncated sealed payload");
        }
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] cipherText = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return decodePlain(sealed.sessionId(), run(Cipher.DECRYPT_MODE, key, nonce, sealed.sessionId(), cipherText));
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, String sessionId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sessionId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new PermanentFailure("session " + sessionId + " could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened: wrong key or altered data"), e);
        }
    }

    private static byte[] encodePlain(SessionDescriptor session) {
        byte[] hash = session.apiHash().getBytes(StandardCharsets.UTF_8);
        byte[] string = session.sessionString().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + hash.length + string.length)
                .putInt(hash.length).put(hash).putInt(string.length).put(string).array();
    }

    private static SessionDescriptor decodePlain(String id, byte[] plain) {
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        byte[] hash = new byte[buffer.getInt()];
        buffer.get(hash);
        byte[] string = new byte[buffer.getInt()];
        buffer.get(string);
        return new SessionDescriptor(id, new String(hash, StandardCharsets.UTF_8), new String(string, StandardCharsets.UTF_8));
    }
}
