package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.MessageArchive;
import io.telegate.testkit.archive.MessageArchiveContract;
import io.telegate.testkit.fixtures.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file archive passes the archive contract and stores days in seed 002's files, line by line. */
class FileMessageArchiveIT extends MessageArchiveContract {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 7);
    private static final ArchiveDay DAY = new ArchiveDay("@ru_python", DATE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Override
    protected MessageArchive newArchive() {
        return FileMessageArchive.open(new FilesConfig(root.resolve("data")));
    }

    private Path dayFile() {
        return root.resolve("data/ru_python/2025/discussions_2025-11-07.json");
    }

    @Test
    void aDayIsStoredAtSeed002sPathAsOneGoldenJsonLinePerMessage() throws IOException {
        TelegramMessage full = new TelegramMessage(123, Instant.parse("2025-11-07T10:23:45Z"),
                OptionalLong.of(4567890), "@ru_python", "see https://example.org/x now", OptionalLong.of(122),
                OptionalInt.of(1234), OptionalInt.of(12), OptionalInt.of(5),
                List.of(new MessageEntity("url", 4, 21),
                        new MessageEntity("text_link", 0, 3, Optional.of("https://t.me/telegate"))));
        TelegramMessage bare = new TelegramMessage(124, Instant.parse("2025-11-07T10:24:00Z"), OptionalLong.empty(),
                "@ru_python", "", OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                List.of());

        DayManifest manifest = newArchive().write(DAY, List.of(bare, full), true);

        assertThat(Files.readString(dayFile())).isEqualTo("""
                {"id":123,"date":"2025-11-07T10:23:45Z","from_id":4567890,"chat":"@ru_python",\
                "text":"see https://example.org/x now","reply_to":122,"views":1234,"forwards":12,"replies_count":5,\
                "entities":[{"type":"url","offset":4,"length":21},\
                {"type":"text_link","offset":0,"length":3,"url":"https://t.me/telegate"}]}
                {"id":124,"date":"2025-11-07T10:24:00Z","from_id":null,"chat":"@ru_python","text":"",\
                "reply_to":null,"views":null,"forwards":null,"replies_count":null,"entities":[]}
                """);
        assertThat(manifest.checksum()).isEqualTo(sha256(Files.readAllBytes(dayFile())));
    }

    @Test
    void everyLineOfADayFileIsOneCompleteMessageObjectWithEveryKey() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 77);
        newArchive().write(DAY, messages, false);

        List<String> lines = Files.readAllLines(dayFile(), StandardCharsets.UTF_8);

        assertThat(lines).hasSize(77);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            List<String> keys = StreamSupport.stream(((Iterable<String>) row::fieldNames).spliterator(), false).toList();
            assertThat(keys).containsExactly("id", "date", "from_id", "chat", "text", "reply_to", "views", "forwards",
                    "replies_count", "entities");
            assertThat(row.get("id").asLong()).isEqualTo(messages.get(i).id());
            assertThat(row.get("date").asText()).isEqualTo(messages.get(i).date().toString());
        }
    }

    @Test
    void overlappingWritesLeaveEachIdOnExactlyOneLineInIdOrder() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 60);
        MessageArchive archive = newArchive();

        archive.write(DAY, messages.subList(30, 60), false);
        archive.write(DAY, messages.subList(0, 40), false);
        archive.write(DAY, messages.subList(10, 20), true);

        List<Long> ids = Files.readAllLines(dayFile()).stream()
                .map(FileMessageArchiveIT::readId).toList();
        assertThat(ids).isEqualTo(messages.stream().map(TelegramMessage::id).toList());
    }

    @Test
    void unicodeTextAndUtf16EntityOffsetsSurviveTheRoundTrip() throws IOException {
        String text = "Привет 👋 \"мир\" \\ tab\tend 日本語 https://пример.рф";
        int wave = text.indexOf("👋");
        int link = text.indexOf("https://");
        TelegramMessage message = new TelegramMessage(7, Instant.parse("2025-11-07T00:00:01Z"), OptionalLong.of(1),
                "@ru_python", text, OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                List.of(new MessageEntity("custom_emoji", wave, 2), new MessageEntity("url", link, text.length() - link)));

        newArchive().write(DAY, List.of(message), false);
        TelegramMessage back = newArchive().read(DAY).getFirst();

        assertThat(back).isEqualTo(message);
        MessageEntity url = back.entity("url").orElseThrow();
        assertThat(back.text().substring(url.offset(), url.offset() + url.length())).isEqualTo("https://пример.рф");
        assertThat(Files.readString(dayFile(), StandardCharsets.UTF_8)).contains("Привет 👋 \\\"мир\\\"");
    }

    @Test
    void anEmptyCompleteDayIsAnEmptyFileWithTheChecksumOfNoBytes() throws IOException {
        DayManifest manifest = newArchive().write(DAY, List.of(), true);

        assertThat(dayFile()).isEmptyFile();
        assertThat(manifest.checksum()).isEqualTo(sha256(new byte[0]));
    }

    @Test
    void aDayFileIsNotRewrittenWhenAWriteChangesNothing() throws IOException {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 20);
        MessageArchive archive = newArchive();
        archive.write(DAY, messages, true);
        Object inode = Files.readAttributes(dayFile(), BasicFileAttributes.class).fileKey();

        DayManifest again = archive.write(DAY, messages.subList(3, 9), true);

        assertThat(Files.readAttributes(dayFile(), BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        assertThat(again.count()).isEqualTo(20);
        assertThat(again.complete()).isTrue();
    }

    @Test
    void chatNamesThatCouldLeaveTheDataDirectoryAreRejectedBeforeTouchingADisk() throws IOException {
        MessageArchive archive = newArchive();
        ArchiveDay escaping = new ArchiveDay("../x", DATE);

        assertThatThrownBy(() -> archive.write(escaping, Messages.day("../x", DATE, 1), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../x");
        assertThatThrownBy(() -> archive.read(escaping)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.manifest(escaping)).isInstanceOf(IllegalArgumentException.class);
        try (var entries = Files.list(root)) {
            assertThat(entries).containsExactly(root.resolve("data"));
        }
        try (var entries = Files.list(root.resolve("data"))) {
            assertThat(entries).isEmpty();
        }
    }

    private static long readId(String line) {
        try {
            return JSON.readTree(line).get("id").asLong();
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
