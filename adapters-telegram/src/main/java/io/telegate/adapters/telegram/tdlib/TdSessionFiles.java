package io.telegate.adapters.telegram.tdlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The database directories of sessions on disk: where each lives, and removing one. */
final class TdSessionFiles {

    private TdSessionFiles() {
    }

    /** The database directory of a session: {@code <root>/<session id>}, the id made safe as a file name. */
    static Path directory(TdlibConfig config, String sessionId) {
        return config.databaseRoot().resolve(sessionId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Deletes a directory and everything in it; a missing one is fine. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the TDLib database " + root, e);
        }
    }
}
