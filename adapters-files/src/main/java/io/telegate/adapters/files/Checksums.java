package io.telegate.adapters.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums of file bytes in the manifest's {@code sha256:<hex>} form. */
final class Checksums {

    private Checksums() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static String of(byte[] bytes) {
        return format(sha256().digest(bytes));
    }

    static String format(byte[] digest) {
        return "sha256:" + HexFormat.of().formatHex(digest);
    }
}
