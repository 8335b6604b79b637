package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.testkit.fixtures.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash can leave on disk, and how reopening the archive recovers from it. */
class CrashRecoveryIT {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 7);
    private static final ArchiveDay DAY = new ArchiveDay("@ru_python", DATE);

    @TempDir
    Path root;

    private Path data() {
        return root.resolve("data");
    }

    private Path dayFile() {
        return data().resolve("ru_python/2025/discussions_2025-11-07.json");
    }

    private FileMessageArchive open() {
        return FileMessageArchive.open(new FilesConfig(data()));
    }

    /** Leaves the day as a crash would: half a temp file, and the new day file renamed in but not recorded. */
    private Path crashWhileWriting(List<TelegramMessage> recorded, List<TelegramMessage> renamedButUnrecorded)
            throws IOException {
        FileMessageArchive before = open();
        if (!recorded.isEmpty()) {
            before.write(DAY, recorded, true);
        }
        Path scratch = root.resolve("scratch");
        Files.createDirectories(dayFile().getParent());
        FileMessageArchive.open(new FilesConfig(scratch)).write(DAY, renamedButUnrecorded, false);
        Files.copy(scratch.resolve("ru_python/2025/discussions_2025-11-07.json"), dayFile(),
                StandardCopyOption.REPLACE_EXISTING);
        Path temp = dayFile().resolveSibling(".discussions_2025-11-07.json.tmp-1f2e3d");
        Files.writeString(temp, "{\"id\":1,\"date\":\"2025-11-07T00:00:0");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return temp;
    }

    @Test
    void aDayRenamedInButNeverRecordedHasNoManifestAndIsMergedWithoutDuplicates() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 40);
        Path temp = crashWhileWriting(List.of(), messages.subList(0, 25));

        FileMessageArchive reopened = open();

        assertThat(temp).doesNotExist();
        assertThat(reopened.manifest(DAY)).isEmpty();
        assertThat(reopened.read(DAY)).containsExactlyElementsOf(messages.subList(0, 25));
        DayManifest manifest = reopened.write(DAY, messages.subList(15, 40), true);
        assertThat(manifest.count()).isEqualTo(40);
        assertThat(manifest.complete()).isTrue();
        assertThat(reopened.read(DAY)).containsExactlyElementsOf(messages);
        assertThat(Files.readAllLines(dayFile())).hasSize(40);
    }

    @Test
    void aCompleteDayWhoseFileChangedAfterItsManifestIsFetchedAgain() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 30);
        crashWhileWriting(messages.subList(0, 20), messages.subList(0, 30));

        FileMessageArchive reopened = open();

        assertThat(reopened.manifest(DAY)).hasValueSatisfying(m -> {
            assertThat(m.complete()).isFalse();
            assertThat(m.count()).isEqualTo(20);
        });
        DayManifest rewritten = reopened.write(DAY, messages, true);
        assertThat(rewritten.count()).isEqualTo(30);
        assertThat(reopened.manifest(DAY)).contains(rewritten);
    }

    @Test
    void anInterruptedProgressRewriteLeavesTheRecordedProgressIntact() throws IOException {
        DayManifest recorded = open().write(DAY, Messages.day(DAY.chat(), DATE, 5), true);
        Path temp = data().resolve(".progress.json.tmp-0a0b");
        Files.writeString(temp, "{\"version\":1,\"days\":{\"@ru_py");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        FileMessageArchive reopened = open();

        assertThat(temp).doesNotExist();
        assertThat(reopened.manifest(DAY)).contains(recorded);
    }

    @Test
    void freshTempFilesMayBelongToAnotherWriterAndAreLeftAlone() throws IOException {
        open().write(DAY, Messages.day(DAY.chat(), DATE, 5), true);
        Path fresh = dayFile().resolveSibling(".discussions_2025-11-07.json.tmp-77");
        Path old = dayFile().resolveSibling(".discussions_2025-11-08.json.tmp-78");
        Files.writeString(fresh, "{");
        Files.writeString(old, "{");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));

        FileMessageArchive.open(new FilesConfig(data(), Duration.ofMinutes(5)));

        assertThat(fresh).exists();
        assertThat(old).doesNotExist();
        assertThat(dayFile()).exists();
    }

    @Test
    void aZeroStaleAgeRemovesEveryTempFileButNothingElse() throws IOException {
        open().write(DAY, Messages.day(DAY.chat(), DATE, 5), true);
        Path temp = dayFile().resolveSibling(".discussions_2025-11-07.json.tmp-99");
        Path notes = dayFile().resolveSibling("notes.tmp-99");
        Files.writeString(temp, "{");
        Files.writeString(notes, "kept");

        FileMessageArchive.open(new FilesConfig(data(), Duration.ZERO));

        assertThat(temp).doesNotExist();
        assertThat(notes).exists();
        assertThat(data().resolve("progress.json")).exists();
    }

    @Test
    void aDayFileBrokenByHandIsReportedAndNeverOverwritten() throws IOException {
        FileMessageArchive archive = open();
        archive.write(DAY, Messages.day(DAY.chat(), DATE, 3), true);
        Files.writeString(dayFile(), "{\"id\":1,\"date\":\"2025-11-07T00:00:00Z\"}\n{\"id\":2,\"da", StandardOpenOption.APPEND);
        byte[] broken = Files.readAllBytes(dayFile());

        assertThatThrownBy(() -> archive.read(DAY))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining(dayFile().toString());
        assertThatThrownBy(() -> archive.write(DAY, Messages.day(DAY.chat(), DATE, 4), true))
                .isInstanceOf(PermanentFailure.class);
        assertThat(dayFile()).hasBinaryContent(broken);
        assertThat(archive.manifest(DAY)).hasValueSatisfying(m -> assertThat(m.complete()).isFalse());
    }

    @Test
    void aProgressFileBrokenByHandIsReportedAndNeverOverwritten() throws IOException {
        open().write(DAY, Messages.day(DAY.chat(), DATE, 3), true);
        Path progress = data().resolve("progress.json");
        Files.writeString(progress, "{\"version\":1,\"days\":{");

        FileMessageArchive reopened = open();

        assertThatThrownBy(() -> reopened.manifest(DAY)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("progress.json");
        assertThatThrownBy(() -> reopened.write(DAY, Messages.day(DAY.chat(), DATE, 3), true))
                .isInstanceOf(PermanentFailure.class);
        assertThat(progress).hasContent("{\"version\":1,\"days\":{");
    }
}
