package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JsonTelegramMessagesTest {

    private static final String SEED_MESSAGE = """
            {
              "id": 123,
              "date": "2025-11-07T10:23:45Z",
              "from_id": 4567890,
              "chat": "@ru_python",
              "text": "...",
              "reply_to": 122,
              "views": 1234,
              "forwards": 12,
              "replies_count": 5,
              "entities": [
                {"type": "url", "offset": 10, "length": 23}
              ]
            }
            """;
    private static final TelegramMessage SEED_VALUE = new TelegramMessage(123, Instant.parse("2025-11-07T10:23:45Z"),
            OptionalLong.of(4567890), "@ru_python", "...", OptionalLong.of(122), OptionalInt.of(1234),
            OptionalInt.of(12), OptionalInt.of(5), List.of(new MessageEntity("url", 10, 23)));

    private final JsonTelegramMessages messages = new JsonTelegramMessages();

    @Test
    void theSeedsMessageReads() {
        assertThat(messages.fromJson(SEED_MESSAGE)).isEqualTo(SEED_VALUE);
    }

    @Test
    void theSeedsMessageIsWrittenAsOneLineWithTheSeedsKeysInTheSeedsOrder() {
        assertThat(messages.toJson(SEED_VALUE)).isEqualTo(SEED_MESSAGE.replaceAll("\\s", ""));
    }

    @Test
    void absentValuesAreWrittenAsNullSoEveryLineHasEveryKey() {
        TelegramMessage bare = new TelegramMessage(5, Instant.parse("2025-11-07T00:00:00Z"), OptionalLong.empty(),
                "@ru_python", "", OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                List.of());

        assertThat(messages.toJson(bare)).isEqualTo("""
                {"id":5,"date":"2025-11-07T00:00:00Z","from_id":null,"chat":"@ru_python","text":"","reply_to":null,\
                "views":null,"forwards":null,"replies_count":null,"entities":[]}""");
        assertThat(messages.fromJson(messages.toJson(bare))).isEqualTo(bare);
    }

    @Test
    void onlyTextLinkEntitiesCarryAUrl() {
        TelegramMessage linked = new TelegramMessage(124, SEED_VALUE.date(), OptionalLong.of(4567890), "@ru_python",
                "docs and https://x.org", OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), List.of(new MessageEntity("text_link", 0, 4, Optional.of("https://docs.python.org")),
                new MessageEntity("url", 9, 13)));

        assertThat(messages.toJson(linked)).endsWith("""
                "entities":[{"type":"text_link","offset":0,"length":4,"url":"https://docs.python.org"},\
                {"type":"url","offset":9,"length":13}]}""");
        assertThat(messages.fromJson(messages.toJson(linked))).isEqualTo(linked);
    }

    @Test
    void multiLineAndNonLatinTextStaysOnOneLineAndSurvivesARoundTrip() {
        TelegramMessage message = TelegramMessage.text(7, Instant.parse("2025-11-07T10:23:45.5Z"), -1001234567890L,
                "-1001234567890", "Привет,\nмир 👋\r\n\t\"quoted\" \\ \u2028 end");

        String line = messages.toJson(message);

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(line).contains("\"date\":\"2025-11-07T10:23:45.500Z\"");
        assertThat(messages.fromJson(line)).isEqualTo(message);
    }

    @Test
    void aMessageIdThatIsNotPositiveIsRejected() {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class,
                () -> messages.fromJson(SEED_MESSAGE.replace("\"id\": 123", "\"id\": 0")));

        assertThat(e.field()).contains("id");
        assertThat(e.reason()).isEqualTo("must be at least 1");
    }

    @Test
    void negativeCountersAreRejected() {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class,
                () -> messages.fromJson(SEED_MESSAGE.replace("\"views\": 1234", "\"views\": -1")));

        assertThat(e.field()).contains("views");
        assertThat(e.reason()).isEqualTo("must be between 0 and 2147483647");
    }

    @Test
    void entityFieldsAreNamedByTheirIndex() {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class,
                () -> messages.fromJson(SEED_MESSAGE.replace("\"length\": 23", "\"length\": \"23\"")));

        assertThat(e.field()).contains("entities[0].length");
        assertThat(e.reason()).isEqualTo("must be an integer");
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(messages.fromJson(SEED_MESSAGE.replace("\"id\": 123,", "\"id\": 123, \"edit_date\": null,")))
                .isEqualTo(SEED_VALUE);
    }

    @Test
    void noMutationOfAValidLineThrowsAnythingButInvalidPayload() {
        PayloadMutations.assertOnlyInvalidPayloadFailures(messages.toJson(SEED_VALUE), messages::fromJson);
    }
}
