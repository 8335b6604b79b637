package io.telegate.core.planted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Planted violation: the core reads the file system. */
public final class CoreReadsFiles {
    public String read(String location) {
        try {
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
