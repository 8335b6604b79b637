package io.telegate.core.vault;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal secrets at rest: one current key and any older ones still needed to open.
 *
 * <p>Parsed from configuration as {@code id:base64key[,id:base64key...]}; the first is current.
 */
public final class SealingKeys {

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private SealingKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /** Parses {@code id:base64key[,id:base64key...]}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static SealingKeys parse(String spec) {
        Objects.requireNonNull(spec, "key spec");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] idAndKey = part.strip().split(":", 2);
            if (idAndKey.length != 2 || idAndKey[0].isBlank()) {
                throw new IllegalArgumentException("expected id:base64key[,id:base64key...]");
            }
            keys.put(idAndKey[0], aesKey(idAndKey[0], idAndKey[1]));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key given");
        }
        return new SealingKeys(keys.keySet().iterator().next(), keys);
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key '" + id + "' is not valid base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("key '" + id + "' must be 32 bytes (256 bits), was " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return keys.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
