package io.telegate.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The checksums of day files as they are on disk now, hashed again only when a file's stamp changed (its
 * inode, size or modification time), so asking for many days' manifests does not re-read every file.
 */
final class VerifiedChecksums {

    private record Verified(FileStamp stamp, String checksum) {
    }

    private final ConcurrentMap<Path, Verified> known = new ConcurrentHashMap<>();

    /** The checksum of the file's current bytes (of no bytes when it is missing). */
    String of(Path file) throws IOException {
        FileStamp stamp = FileStamp.of(file);
        Verified seen = known.get(file);
        if (seen != null && seen.stamp().equals(stamp)) {
            return seen.checksum();
        }
        String checksum = Checksums.of(readOrEmpty(file));
        // Stamped before reading: if the file changed meanwhile, the next look sees a new stamp and hashes again.
        known.put(file, new Verified(stamp, checksum));
        return checksum;
    }

    /** Notes the checksum of bytes this process has just written to {@code file}. */
    void remember(Path file, String checksum) throws IOException {
        known.put(file, new Verified(FileStamp.of(file), checksum));
    }

    private static byte[] readOrEmpty(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }
}
