package io.telegate.adapters.telegram.tdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Decides what JNA loads: the configured TDLIB_PATH (a file or a directory), or {@code tdjson} on JNA's path. */
final class TdLibraryLocator {

    static final String LIBRARY_NAME = "tdjson";
    static final String FILE_NAME = "libtdjson.so";
    static final String HOW_TO_GET_IT =
            "run scripts/fetch-tdlib.sh (it places TDLib under .cache/tdlib/) and set TDLIB_PATH to the libtdjson.so";

    private TdLibraryLocator() {
    }

    /** The absolute file to load, or the bare library name for JNA to search; fails when TDLIB_PATH is wrong. */
    static String locate(Optional<Path> configured) {
        if (configured.isEmpty()) {
            return LIBRARY_NAME;
        }
        Path path = configured.get().toAbsolutePath();
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        if (!Files.isRegularFile(file)) {
            throw new TdlibUnavailableException("TDLib's libtdjson was not found at TDLIB_PATH=" + path + "; "
                    + HOW_TO_GET_IT, null);
        }
        return file.toString();
    }
}
