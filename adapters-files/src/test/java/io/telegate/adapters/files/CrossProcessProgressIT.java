package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.testkit.fixtures.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes writing days of different chats into one data directory lose none of each other's progress. */
class CrossProcessProgressIT {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 40;
    /** A guard against a hung child process, not a speed check. */
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path root;

    @Test
    void progressOfEveryProcessEndsUpInOneProgressFile() throws Exception {
        Path data = root.resolve("data");
        Map<Process, Path> children = new LinkedHashMap<>();
        for (String chat : List.of("@chat_one", "@chat_two")) {
            Path log = Files.createTempFile(root, "child", ".log");
            children.put(start(data, chat, log), log);
        }
        FileMessageArchive here = FileMessageArchive.open(new FilesConfig(data));
        for (int d = 0; d < DAYS; d++) {
            ArchiveDay day = new ArchiveDay("@chat_here", FIRST.plusDays(d));
            here.write(day, Messages.day(day.chat(), day.date(), 2), d % 3 != 0);
        }
        for (Map.Entry<Process, Path> child : children.entrySet()) {
            assertThat(child.getKey().waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("child finished").isTrue();
            assertThat(child.getKey().exitValue()).as("exit code; output: %s", Files.readString(child.getValue()))
                    .isZero();
        }

        JsonNode days = new ObjectMapper().readTree(data.resolve("progress.json").toFile()).path("days");
        assertThat(days.path("@chat_one").size()).isEqualTo(DAYS);
        assertThat(days.path("@chat_two").size()).isEqualTo(DAYS);
        assertThat(days.path("@chat_here").size()).isEqualTo(DAYS);
        FileMessageArchive fresh = FileMessageArchive.open(new FilesConfig(data));
        for (int d = 0; d < DAYS; d++) {
            ArchiveDay day = new ArchiveDay("@chat_two", FIRST.plusDays(d));
            int count = 1 + d % 5;
            assertThat(fresh.manifest(day)).hasValueSatisfying(m -> {
                assertThat(m.complete()).isTrue();
                assertThat(m.count()).isEqualTo(count);
            });
            assertThat(here.manifest(day)).isEqualTo(fresh.manifest(day));
        }
    }

    private static Process start(Path data, String chat, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ArchiveWriterProcess.class.getName(), data.toString(), chat, FIRST.toString(), Integer.toString(DAYS))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
