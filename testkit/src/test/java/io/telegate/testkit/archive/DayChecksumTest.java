package io.telegate.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.TelegramMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DayChecksumTest {

    private static final TelegramMessage MESSAGE = new TelegramMessage(123, Instant.parse("2025-11-07T10:23:45Z"),
            OptionalLong.of(4567890), "@ru_python", "say \"hi\"\n\\ ok", OptionalLong.of(122), OptionalInt.of(1234),
            OptionalInt.of(12), OptionalInt.empty(),
            List.of(new MessageEntity("url", 10, 23), new MessageEntity("text_link", 0, 3, Optional.of("https://t.me/x"))));

    @Test
    void canonicalRenderingIsOneJsonLinePerMessageWithSeedFieldNames() {
        assertThat(DayChecksum.canonical(List.of(MESSAGE))).isEqualTo(
                "{\"id\":123,\"date\":\"2025-11-07T10:23:45Z\",\"from_id\":4567890,\"chat\":\"@ru_python\","
                        + "\"text\":\"say \\\"hi\\\"\\n\\\\ ok\",\"reply_to\":122,\"views\":1234,\"forwards\":12,"
                        + "\"replies_count\":null,\"entities\":[{\"type\":\"url\",\"offset\":10,\"length\":23,"
                        + "\"url\":null},{\"type\":\"text_link\",\"offset\":0,\"length\":3,"
                        + "\"url\":\"https://t.me/x\"}]}\n");
    }

    @Test
    void checksumIsTheSha256OfTheCanonicalUtf8Rendering() throws Exception {
        TelegramMessage cyrillic = TelegramMessage.text(5, Instant.parse("2025-11-07T00:00:01Z"), 1, "@c", "мир");
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(DayChecksum.canonical(List.of(cyrillic)).getBytes(StandardCharsets.UTF_8));

        assertThat(DayChecksum.of(List.of(cyrillic))).isEqualTo("sha256:" + HexFormat.of().formatHex(expected));
    }

    @Test
    void controlCharactersAreEscapedAsUnicode() {
        TelegramMessage bell = TelegramMessage.text(1, Instant.EPOCH, 1, "@c", "a\u0007b");

        assertThat(DayChecksum.canonical(List.of(bell))).contains("\"text\":\"a\\u0007b\"");
    }

    @Test
    void anEmptyDayHasTheChecksumOfNoBytes() {
        assertThat(DayChecksum.of(List.of()))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
