package io.telegate.adapters.files;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where each file of the archive lives under the data directory (seed 002's layout). */
final class ArchiveLayout {

    static final String PROGRESS_FILE = "progress.json";
    static final String PROGRESS_LOCK = ".progress.lock";

    private final Path dataDir;

    ArchiveLayout(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** {@code data/<folder>/YYYY/discussions_YYYY-MM-DD.json}, checked to stay inside the data directory. */
    Path dayFile(ChatFolder folder, LocalDate date) {
        Path chatDir = dataDir.resolve(folder.name()).normalize();
        if (!dataDir.equals(chatDir.getParent())) {
            throw new IllegalArgumentException("chat folder '" + folder.name() + "' escapes the data directory");
        }
        return chatDir.resolve(String.format("%04d", date.getYear())).resolve("discussions_" + date + ".json");
    }

    Path progressFile() {
        return dataDir.resolve(PROGRESS_FILE);
    }

    Path progressLock() {
        return dataDir.resolve(PROGRESS_LOCK);
    }

    Path dataDir() {
        return dataDir;
    }
}
