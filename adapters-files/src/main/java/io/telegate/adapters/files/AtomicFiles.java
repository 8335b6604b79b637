package io.telegate.adapters.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Replaces files so that a reader or a crash sees the old or the new content, never a mix: write a hidden temp
 * file in the same directory, fsync it, rename it over the target, fsync the directory.
 */
final class AtomicFiles {

    /** Temp files are named {@code .<target name>.tmp-<hex>}. */
    static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.tmp-[0-9a-f]+");

    private static final int BUFFER = 1 << 16;

    /** Writes a file's whole content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Atomically replaces {@code target} with {@code content}; returns the checksum of the bytes written.
     * With {@code durable} the directory is fsynced too, so the replacement survives a crash once this returns;
     * without it a crash may bring back the previous (complete, valid) file.
     */
    static String replace(Path target, Content content, boolean durable) throws IOException {
        Path dir = target.getParent();
        Path temp = dir.resolve(tempName(target.getFileName().toString()));
        MessageDigest sha = Checksums.sha256();
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new DigestOutputStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER), sha);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (durable) {
            syncDirectory(dir);
        }
        return Checksums.format(sha.digest());
    }

    /** Creates {@code dir} and any missing parents, making each new directory entry durable. */
    static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            return;
        }
        syncDirectory(dir.getParent());
    }

    /** Makes a directory's entries (a rename, a new file) durable. */
    static void syncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their renames are durable without this step.
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    static String tempName(String targetName) {
        return "." + targetName + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }
}
