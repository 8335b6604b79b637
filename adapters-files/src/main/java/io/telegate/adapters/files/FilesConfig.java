package io.telegate.adapters.files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the file archive lives, and how old a leftover temp file must be before start-up removes it.
 *
 * <p>A temp file younger than {@code staleTempAge} may belong to a write another process is doing right now,
 * so start-up leaves it alone; it is hidden, never read, and removed by a later start-up.
 *
 * @param dataDir      the {@code data} directory holding {@code <chat>/YYYY/discussions_YYYY-MM-DD.json} and
 *                     {@code progress.json}
 * @param staleTempAge the minimum age of a temp file that start-up deletes ({@link Duration#ZERO}: all of them)
 */
public record FilesConfig(Path dataDir, Duration staleTempAge) {

    /** Long enough for any write in flight to finish, short enough that a restart soon tidies up. */
    public static final Duration DEFAULT_STALE_TEMP_AGE = Duration.ofMinutes(1);

    public FilesConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(staleTempAge, "staleTempAge");
        if (staleTempAge.isNegative()) {
            throw new IllegalArgumentException("staleTempAge must not be negative, was " + staleTempAge);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The archive under {@code dataDir} with the default stale temp age. */
    public FilesConfig(Path dataDir) {
        this(dataDir, DEFAULT_STALE_TEMP_AGE);
    }
}
