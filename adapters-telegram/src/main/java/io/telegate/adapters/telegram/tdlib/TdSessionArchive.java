package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.out.AccessLostException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A session's portable form, the {@code session_string}: {@code tdlib1:} followed by the base64 of a zip holding
 * the TDLib binlog(s) of its database directory ({@code td.binlog}, or {@code td_test.binlog} on the test data
 * centers). The binlog holds the authorization key, so the string is as secret as a password. Everything else in the
 * directory is a cache TDLib rebuilds.
 */
final class TdSessionArchive {

    static final String PREFIX = "tdlib1:";
    private static final Pattern BINLOG = Pattern.compile("td(_test)?\\.binlog");
    private static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

    private TdSessionArchive() {
    }

    /** Packs the binlog of a closed client's database directory into a session string. */
    static String export(Path databaseDirectory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(databaseDirectory)) {
            List<Path> binlogs = files.filter(f -> BINLOG.matcher(f.getFileName().toString()).matches()).toList();
            if (binlogs.isEmpty()) {
                throw new IllegalStateException("no TDLib binlog in " + databaseDirectory);
            }
            for (Path binlog : binlogs) {
                zip.putNextEntry(new ZipEntry(binlog.getFileName().toString()));
                Files.copy(binlog, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the TDLib session in " + databaseDirectory, e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** True when the directory already holds a session's binlog. */
    static boolean present(Path databaseDirectory) {
        return Files.isRegularFile(databaseDirectory.resolve("td.binlog"))
                || Files.isRegularFile(databaseDirectory.resolve("td_test.binlog"));
    }

    /**
     * Unpacks a session string into a database directory; a string that is not one (a Telethon or Pyrogram string,
     * say) fails as {@link AccessLossReason#AUTH_KEY_UNREGISTERED}: this adapter cannot use it, a new log-in is needed.
     */
    static void restore(String sessionString, Path databaseDirectory) {
        byte[] zipped = decode(sessionString);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            Files.createDirectories(databaseDirectory);
            int restored = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!BINLOG.matcher(entry.getName()).matches()) {
                    throw notASession("unexpected entry in the session string");
                }
                byte[] content = zip.readNBytes(MAX_ENTRY_BYTES);
                Files.write(databaseDirectory.resolve(entry.getName()), content);
                restored++;
            }
            if (restored == 0) {
                throw notASession("the session string holds no TDLib binlog");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the TDLib session into " + databaseDirectory, e);
        }
    }

    private static byte[] decode(String sessionString) {
        if (!sessionString.startsWith(PREFIX)) {
            throw notASession("the session string is not a Telegate TDLib session (Telethon and Pyrogram strings"
                    + " cannot be imported); log the account in again");
        }
        try {
            return Base64.getDecoder().decode(sessionString.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw notASession("the session string is not valid base64");
        }
    }

    private static AccessLostException notASession(String detail) {
        return new AccessLostException(AccessLossReason.AUTH_KEY_UNREGISTERED, detail);
    }
}
