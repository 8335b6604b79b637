package io.telegate.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes temp files that interrupted writes left behind (in the data directory and in the year folders). */
final class StaleTemps {

    private static final Logger LOG = LoggerFactory.getLogger(StaleTemps.class);

    /** {@code data/.progress.json.tmp-*} is at depth 1, {@code data/<chat>/YYYY/.discussions_*.tmp-*} at depth 3. */
    private static final int DEPTH = 3;

    private StaleTemps() {
    }

    /** Deletes every temp file at least {@code minAge} old; returns how many it deleted. */
    static int clean(Path dataDir, Duration minAge) throws IOException {
        // File times come from the operating system's clock, so their age is measured against that clock.
        Instant cutoff = Instant.now().minus(minAge);
        List<Path> stale;
        try (Stream<Path> found = Files.find(dataDir, DEPTH, (path, attributes) -> isStale(path, attributes, cutoff))) {
            stale = found.toList();
        }
        int deleted = 0;
        for (Path temp : stale) {
            if (Files.deleteIfExists(temp)) {
                deleted++;
                LOG.info("removed temp file {} left by an interrupted write", temp);
            }
        }
        return deleted;
    }

    private static boolean isStale(Path path, BasicFileAttributes attributes, Instant cutoff) {
        return attributes.isRegularFile()
                && AtomicFiles.TEMP_NAME.matcher(path.getFileName().toString()).matches()
                && !attributes.lastModifiedTime().toInstant().isAfter(cutoff);
    }
}
