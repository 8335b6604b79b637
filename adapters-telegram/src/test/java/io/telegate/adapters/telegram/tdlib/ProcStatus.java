package io.telegate.adapters.telegram.tdlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a number from {@code /proc/self/status} ({@code Threads}, {@code VmRSS} in kB, ...). */
final class ProcStatus {

    private ProcStatus() {
    }

    static long read(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.substring(field.length() + 1).strip().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + field + " in /proc/self/status"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
