package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.AccessLost;
import io.telegate.ports.model.monitor.MonitorEvent.CommandRejected;
import io.telegate.ports.model.monitor.MonitorEvent.GapFilled;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent.MessageMetadata;
import io.telegate.ports.model.monitor.MonitorEvent.MonitoringStopped;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonMonitorEventCodecTest {

    private static final ChatRef CHANNEL = new ChatRef.NumericId(-1001234567890L);
    private static final Instant SEED_DATE = Instant.parse("2025-11-07T10:23:45Z");
    private static final MessageMetadata METADATA = new MessageMetadata("uuid", 17, OptionalLong.of(4567890),
            OptionalLong.of(122), false, List.of(new MessageEntity("url", 10, 23),
            new MessageEntity("text_link", 40, 4, Optional.of("https://example.org/a"))));

    private final JsonMonitorEventCodec codec = new JsonMonitorEventCodec();

    @Test
    void incomingMessageIsWrittenWithSeedFieldsAndItsMetadata() {
        String json = codec.encode(new IncomingTelegramMessage(CHANNEL, 123, SEED_DATE, "see https://example.org",
                METADATA));

        assertThat(json).isEqualTo("""
                {"event":"incoming_telegram_message","chat_id":-1001234567890,"message_id":123,\
                "date":"2025-11-07T10:23:45Z","text":"see https://example.org","metadata":{"session_id":"uuid",\
                "sequence":17,"from_id":4567890,"reply_to":122,"gap_fill":false,"entities":[\
                {"type":"url","offset":10,"length":23},\
                {"type":"text_link","offset":40,"length":4,"url":"https://example.org/a"}]}}""");
    }

    @Test
    void unknownSenderAndNoReplyAreWrittenAsNull() {
        MessageMetadata anonymous = new MessageMetadata("uuid", 1, OptionalLong.empty(), OptionalLong.empty(), true,
                List.of());

        String json = codec.encode(new IncomingTelegramMessage(new ChatRef.Username("ru_python"), 5, SEED_DATE, "",
                anonymous));

        assertThat(json).contains("\"chat_id\":\"@ru_python\"",
                "\"metadata\":{\"session_id\":\"uuid\",\"sequence\":1,\"from_id\":null,\"reply_to\":null,"
                        + "\"gap_fill\":true,\"entities\":[]}");
    }

    @Test
    void commandRejectedForAnUnknownCommandCarriesANullCommandId() {
        assertThat(codec.encode(new CommandRejected(Optional.empty(), "command: is required")))
                .isEqualTo("""
                        {"event":"command_rejected","command_id":null,"reason":"command: is required"}""");
    }

    @Test
    void accessLostDecodesFromTheSeedsFields() {
        MonitorEvent event = codec.decode("""
                {"event": "access_lost", "chat_id": -1001234567890, "session_id": "uuid", "reason": "SESSION_REVOKED"}
                """);

        assertThat(event).isEqualTo(new AccessLost(CHANNEL, "uuid", "SESSION_REVOKED"));
    }

    @Test
    void metadataWithoutGapFillAndEntitiesMeansLiveAndPlain() {
        MonitorEvent event = codec.decode("""
                {"event": "incoming_telegram_message", "chat_id": "@ru_python", "message_id": 9,
                 "date": "2025-11-07T10:23:45Z", "text": "hi", "metadata": {"session_id": "uuid", "sequence": 3}}
                """);

        assertThat(event).isEqualTo(new IncomingTelegramMessage(new ChatRef.Username("ru_python"), 9, SEED_DATE, "hi",
                new MessageMetadata("uuid", 3, OptionalLong.empty(), OptionalLong.empty(), false, List.of())));
    }

    @Test
    void datesWithAnOffsetDecodeToTheSameInstant() {
        IncomingTelegramMessage event = (IncomingTelegramMessage) codec.decode("""
                {"event": "incoming_telegram_message", "chat_id": 1, "message_id": 9,
                 "date": "2025-11-07T13:23:45+03:00", "text": "hi", "metadata": {"session_id": "uuid", "sequence": 3}}
                """);

        assertThat(event.date()).isEqualTo(SEED_DATE);
    }

    @Test
    void unknownFieldsAreIgnored() {
        MonitorEvent event = codec.decode("""
                {"event": "monitoring_stopped", "chat_id": 1, "reason": "all sessions lost", "host": "w-1"}
                """);

        assertThat(event).isEqualTo(new MonitoringStopped(new ChatRef.NumericId(1), "all sessions lost"));
    }

    static Stream<MonitorEvent> everyVariant() {
        return Stream.of(
                new IncomingTelegramMessage(CHANNEL, 123, SEED_DATE, "see https://example.org", METADATA),
                new IncomingTelegramMessage(new ChatRef.InviteLink("https://t.me/+AbC"), 1,
                        Instant.parse("2025-11-07T10:23:45.123456789Z"), "Привет 👋", new MessageMetadata("s", 1,
                        OptionalLong.empty(), OptionalLong.empty(), true, List.of())),
                new AccessLost(CHANNEL, "uuid", "CHANNEL_PRIVATE"),
                new MonitoringStopped(new ChatRef.Username("ru_python"), "stopped by command"),
                new CommandRejected(Optional.of("c-1"), "chat_id: is required"),
                new CommandRejected(Optional.empty(), "is not valid JSON"),
                new GapFilled(CHANNEL, 120, 150, 31));
    }

    @ParameterizedTest
    @MethodSource("everyVariant")
    void everyVariantSurvivesARoundTrip(MonitorEvent event) {
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    static Stream<Arguments> brokenEvents() {
        return Stream.of(
                Arguments.of("{\"event\": \"message\"}", "event", "must be one of incoming_telegram_message, "
                        + "access_lost, monitoring_stopped, command_rejected, gap_filled"),
                Arguments.of("""
                        {"event": "incoming_telegram_message", "chat_id": 1, "message_id": 9,
                         "date": "07.11.2025 10:23", "text": "hi", "metadata": {"session_id": "uuid", "sequence": 3}}""",
                        "date", "must be an ISO-8601 instant such as 2025-11-07T10:23:45Z"),
                Arguments.of("""
                        {"event": "incoming_telegram_message", "chat_id": 1, "message_id": 9,
                         "date": "2025-11-07T10:23:45Z", "text": "hi", "metadata": {"session_id": "uuid"}}""",
                        "metadata.sequence", "is required"),
                Arguments.of("""
                        {"event": "incoming_telegram_message", "chat_id": 1, "message_id": 9,
                         "date": "2025-11-07T10:23:45Z", "text": "hi",
                         "metadata": {"session_id": "uuid", "sequence": 3, "gap_fill": "no"}}""",
                        "metadata.gap_fill", "must be true or false"),
                Arguments.of("""
                        {"event": "incoming_telegram_message", "chat_id": 1, "message_id": 9,
                         "date": "2025-11-07T10:23:45Z", "text": "hi",
                         "metadata": {"session_id": "uuid", "sequence": 3,
                                      "entities": [{"type": "bold", "offset": -1, "length": 2}]}}""",
                        "metadata.entities[0].offset", "must be at least 0"),
                Arguments.of("{\"event\": \"gap_filled\", \"chat_id\": 1, \"from_message_id\": 1, "
                        + "\"to_message_id\": 2, \"count\": 4294967296}", "count", "must be at most 2147483647"),
                Arguments.of("{\"event\": \"command_rejected\", \"command_id\": null}", "reason", "is required"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenEvents")
    void brokenEventsAreRejectedNamingTheFieldAndTheReason(String payload, String field, String reason) {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> codec.decode(payload));

        assertThat(e).as("decoding %s", payload).isNotNull();
        assertThat(e.field()).contains(field);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void noMutationOfAValidEventThrowsAnythingButInvalidPayload() {
        String valid = codec.encode(new IncomingTelegramMessage(CHANNEL, 123, SEED_DATE, "text", METADATA));

        PayloadMutations.assertOnlyInvalidPayloadFailures(valid, codec::decode);
    }
}
