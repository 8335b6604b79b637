package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.testkit.fixtures.Concurrently;
import io.telegate.testkit.fixtures.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data/progress.json}: its format, and how several archives on one directory share it. */
class ProgressFileIT {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 7);
    private static final ArchiveDay DAY = new ArchiveDay("@ru_python", DATE);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-09T12:34:56Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private FileMessageArchive open() {
        return FileMessageArchive.open(new FilesConfig(root.resolve("data")), CLOCK);
    }

    private JsonNode progress() throws IOException {
        return JSON.readTree(root.resolve("data/progress.json").toFile());
    }

    @Test
    void progressJsonHoldsEachDaysManifestUnderItsChatAndDate() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 9);

        DayManifest manifest = open().write(DAY, messages, true);

        JsonNode entry = progress().path("days").path("@ru_python").path("2025-11-07");
        assertThat(progress().path("version").asInt()).isEqualTo(1);
        assertThat(entry.path("min_id").asLong()).isEqualTo(messages.getFirst().id());
        assertThat(entry.path("max_id").asLong()).isEqualTo(messages.getLast().id());
        assertThat(entry.path("count").asInt()).isEqualTo(9);
        assertThat(entry.path("checksum").asText()).isEqualTo(manifest.checksum());
        assertThat(entry.path("complete").asBoolean()).isTrue();
        assertThat(entry.path("updated_at").asText()).isEqualTo("2025-11-09T12:34:56Z");
    }

    @Test
    void aSecondArchiveOnTheSameDirectoryReadsTheRecordedManifests() {
        DayManifest written = open().write(DAY, Messages.day(DAY.chat(), DATE, 9), true);

        FileMessageArchive second = open();

        assertThat(second.manifest(DAY)).contains(written);
        assertThat(second.read(DAY)).containsExactlyElementsOf(Messages.day(DAY.chat(), DATE, 9));
    }

    @Test
    void anArchiveSeesDaysThatAnotherArchiveRecordsLater() throws IOException {
        FileMessageArchive first = open();
        FileMessageArchive second = open();
        ArchiveDay nextDay = new ArchiveDay(DAY.chat(), DATE.plusDays(1));
        first.write(DAY, Messages.day(DAY.chat(), DATE, 3), false);
        assertThat(second.manifest(nextDay)).isEmpty();

        second.write(nextDay, Messages.day(DAY.chat(), nextDay.date(), 4), true);
        DayManifest completed = first.write(DAY, Messages.day(DAY.chat(), DATE, 5), true);

        assertThat(first.manifest(nextDay)).hasValueSatisfying(m -> assertThat(m.count()).isEqualTo(4));
        assertThat(second.manifest(DAY)).contains(completed);
        assertThat(progress().path("days").path("@ru_python").size()).isEqualTo(2);
    }

    @Test
    void namesOfOneChatShareOneFolderAndOneProgressEntry() {
        open().write(new ArchiveDay("ru_python", DATE), Messages.day("ru_python", DATE, 3), true);

        assertThat(open().manifest(DAY)).hasValueSatisfying(m -> {
            assertThat(m.day()).isEqualTo(DAY);
            assertThat(m.count()).isEqualTo(3);
            assertThat(m.complete()).isTrue();
        });
        assertThat(root.resolve("data/ru_python/2025/discussions_2025-11-07.json")).exists();
    }

    @Test
    void aDayFileThatNoLongerMatchesItsChecksumIsNotComplete() throws IOException {
        FileMessageArchive archive = open();
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 10);
        archive.write(DAY, messages, true);
        Path file = root.resolve("data/ru_python/2025/discussions_2025-11-07.json");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 7));

        assertThat(archive.manifest(DAY)).hasValueSatisfying(m -> assertThat(m.complete()).isFalse());
        assertThat(open().manifest(DAY)).hasValueSatisfying(m -> assertThat(m.complete()).isFalse());
        assertThat(archive.write(DAY, messages.subList(0, 2), false).complete()).isFalse();

        DayManifest refetched = archive.write(DAY, messages, true);

        assertThat(refetched.complete()).isTrue();
        assertThat(refetched.count()).isEqualTo(10);
        assertThat(open().manifest(DAY)).contains(refetched);
    }

    @Test
    void twoArchivesWritingDifferentDaysAtOnceKeepEveryProgressEntry() throws IOException {
        List<FileMessageArchive> archives = List.of(open(), open());
        int threads = 8;
        int daysPerThread = 12;

        Concurrently.run(threads, t -> {
            FileMessageArchive archive = archives.get(t % 2);
            for (int d = 0; d < daysPerThread; d++) {
                ArchiveDay day = new ArchiveDay("@chat_" + t, DATE.plusDays(d));
                archive.write(day, Messages.day(day.chat(), day.date(), 3 + d), d % 2 == 0);
            }
        });

        FileMessageArchive fresh = open();
        for (int t = 0; t < threads; t++) {
            assertThat(progress().path("days").path("@chat_" + t).size()).isEqualTo(daysPerThread);
            for (int d = 0; d < daysPerThread; d++) {
                ArchiveDay day = new ArchiveDay("@chat_" + t, DATE.plusDays(d));
                int count = 3 + d;
                boolean complete = d % 2 == 0;
                assertThat(fresh.manifest(day)).hasValueSatisfying(m -> {
                    assertThat(m.count()).isEqualTo(count);
                    assertThat(m.complete()).isEqualTo(complete);
                });
            }
        }
    }
}
