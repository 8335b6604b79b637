package io.telegate.adapters.files;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reports the archive usable when its data directory exists and a file can be created in it. */
public final class FilesHealthCheck implements HealthCheck {

    private final Path dataDir;

    @Inject
    public FilesHealthCheck(FilesConfig config) {
        this.dataDir = config.dataDir();
    }

    @Override
    public String name() {
        return "archive";
    }

    @Override
    public HealthStatus check() {
        if (!Files.isDirectory(dataDir)) {
            return HealthStatus.down("data directory " + dataDir + " does not exist");
        }
        // A probe file proves more than permission bits: it also fails on a read-only mount.
        Path probe = dataDir.resolve(AtomicFiles.tempName("health"));
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return HealthStatus.up("data directory " + dataDir + " is writable");
        } catch (IOException | RuntimeException e) {
            return HealthStatus.down("data directory " + dataDir + " is not writable (" + e.getClass().getSimpleName() + ")");
        }
    }
}
