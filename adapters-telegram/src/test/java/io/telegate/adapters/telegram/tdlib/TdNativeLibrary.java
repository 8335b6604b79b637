package io.telegate.adapters.telegram.tdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The real libtdjson for tests: {@code TDLIB_PATH} when set, else the copy {@code scripts/fetch-tdlib.sh} placed in
 * {@code .cache/tdlib/<version>/} of the repository (found by walking up from the working directory). Tests that need
 * it fail with the fetch instruction when neither exists.
 */
final class TdNativeLibrary {

    static final String VERSION_DIRECTORY = "0.1008065.0";

    /** What the shared test sink heard from TDLib's log, for tests that check the routing. */
    static final Queue<String> LOGGED = new ConcurrentLinkedQueue<>();

    private TdNativeLibrary() {
    }

    static Path path() {
        String configured = System.getenv("TDLIB_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".cache/tdlib").resolve(VERSION_DIRECTORY).resolve("libtdjson.so");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("libtdjson not found: run scripts/fetch-tdlib.sh or set TDLIB_PATH");
    }

    /** The process's one native binding; TDLib's warnings and errors are recorded in {@link #LOGGED}, errors printed. */
    static NativeTdJson load() {
        return NativeTdJson.load(Optional.of(path()), 2, (level, message) -> {
            LOGGED.add(level + " " + message);
            if (level <= 1) {
                // Errors stay visible in the test output; a fatal one (0) is TDLib's last word before it aborts.
                System.err.println("TDLib log " + level + ": " + message.strip());
            }
        });
    }
}
