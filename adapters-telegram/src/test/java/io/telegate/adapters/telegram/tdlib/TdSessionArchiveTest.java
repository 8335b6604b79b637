package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.out.AccessLostException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session string: the binlog of a database directory, packed and restored byte for byte elsewhere. */
class TdSessionArchiveTest {

    @TempDir
    Path root;

    @Test
    void theBinlogMovesToAnotherDirectoryByteForByteAndNothingElseDoes() throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        byte[] binlog = new byte[70_000];
        new Random(7).nextBytes(binlog);
        Files.write(source.resolve("td.binlog"), binlog);
        Files.write(source.resolve("db.sqlite"), new byte[] {9, 9, 9});
        Files.createDirectories(source.resolve("files"));

        String sessionString = TdSessionArchive.export(source);
        Path target = root.resolve("elsewhere/session-1");
        TdSessionArchive.restore(sessionString, target);

        assertThat(sessionString).startsWith("tdlib1:");
        assertThat(Files.readAllBytes(target.resolve("td.binlog"))).isEqualTo(binlog);
        assertThat(target.resolve("db.sqlite")).doesNotExist();
        assertThat(TdSessionArchive.present(target)).isTrue();
    }

    @Test
    void aTestDataCenterBinlogTravelsToo() throws IOException {
        Path source = Files.createDirectories(root.resolve("test-dc"));
        Files.write(source.resolve("td_test.binlog"), new byte[] {1, 2});

        TdSessionArchive.restore(TdSessionArchive.export(source), root.resolve("copy"));

        assertThat(root.resolve("copy/td_test.binlog")).hasBinaryContent(new byte[] {1, 2});
    }

    @Test
    void aTelethonStringOrGarbageIsNotASessionOfThisAdapter() {
        assertThatThrownBy(() -> TdSessionArchive.restore("1BVtsOKABu2h3dJ0aGVsbG8=", root.resolve("t")))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED))
                .hasMessageContaining("Telethon");
        assertThatThrownBy(() -> TdSessionArchive.restore("tdlib1:%%%", root.resolve("t")))
                .isInstanceOf(AccessLostException.class);
    }

    @Test
    void anArchiveWithAPathInsteadOfABinlogIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../etc/evil"));
            zip.write(1);
            zip.closeEntry();
        }
        String crafted = "tdlib1:" + Base64.getEncoder().encodeToString(bytes.toByteArray());

        assertThatThrownBy(() -> TdSessionArchive.restore(crafted, root.resolve("t")))
                .isInstanceOf(AccessLostException.class);
        assertThat(root.resolve("etc")).doesNotExist();
    }
}
