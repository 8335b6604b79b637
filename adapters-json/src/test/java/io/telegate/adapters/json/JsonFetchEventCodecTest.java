package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchEvent.Completed;
import io.telegate.ports.model.fetch.FetchEvent.Failed;
import io.telegate.ports.model.fetch.FetchEvent.Header;
import io.telegate.ports.model.fetch.FetchEvent.Progress;
import io.telegate.ports.model.fetch.FetchEvent.Started;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonFetchEventCodecTest {

    private static final Instant SEED_TS = Instant.parse("2025-11-09T12:34:56Z");
    private static final Header SEED_HEADER = new Header("uuid", "@ru_python", "date", Map.of("date", "2025-11-07"),
            271, 0, 42.5, SEED_TS);

    private final JsonFetchEventCodec codec = new JsonFetchEventCodec();

    @Test
    void theSeedsEventDecodes() {
        FetchEvent event = codec.decode("""
                {
                  "event": "completed",
                  "command_id": "uuid",
                  "chat": "@ru_python",
                  "mode": "date",
                  "params": {"date": "2025-11-07"},
                  "processed": 271,
                  "errors": 0,
                  "duration_sec": 42.5,
                  "ts": "2025-11-09T12:34:56Z"
                }
                """);

        assertThat(event).isEqualTo(new Completed(SEED_HEADER));
    }

    @Test
    void theSeedsEventIsWrittenWithTheSeedsKeysInTheSeedsOrder() {
        assertThat(codec.encode(new Completed(SEED_HEADER))).isEqualTo("""
                {"event":"completed","command_id":"uuid","chat":"@ru_python","mode":"date",\
                "params":{"date":"2025-11-07"},"processed":271,"errors":0,"duration_sec":42.5,\
                "ts":"2025-11-09T12:34:56Z"}""");
    }

    @Test
    void startedCarriesThePlannedUnitsAndDaysAsANumber() {
        Header header = new Header("c-1", "@ru_python", "days", Map.of("days", "7"), 0, 0, 0.0, SEED_TS);

        assertThat(codec.encode(new Started(header, 7))).isEqualTo("""
                {"event":"started","command_id":"c-1","chat":"@ru_python","mode":"days","params":{"days":7},\
                "processed":0,"errors":0,"duration_sec":0.0,"ts":"2025-11-09T12:34:56Z","units":7}""");
    }

    @Test
    void progressWritesWaitingUntilOnlyWhileWaitingOutAFloodWait() {
        Progress working = new Progress(SEED_HEADER, 2, 7, Optional.empty(), Optional.of(SEED_TS.plusSeconds(60)));
        Progress waiting = new Progress(SEED_HEADER, 2, 7, Optional.of(SEED_TS.plusSeconds(30)), Optional.empty());

        assertThat(codec.encode(working)).doesNotContain("waiting_until")
                .endsWith("\"units_done\":2,\"units\":7,\"eta\":\"2025-11-09T12:35:56Z\"}");
        assertThat(codec.encode(waiting)).doesNotContain("\"eta\"")
                .endsWith("\"units_done\":2,\"units\":7,\"waiting_until\":\"2025-11-09T12:35:26Z\"}");
    }

    @Test
    void aFailureOfACommandTooBrokenToReadHasNullChatAndModeAndNamesTheField() {
        Header unknown = new Header("c-9", "", "", Map.of(), 0, 0, 0.0, SEED_TS);

        String json = codec.encode(new Failed(unknown, "invalid_command", "is required", Optional.of("chat")));

        assertThat(json).isEqualTo("""
                {"event":"failed","command_id":"c-9","chat":null,"mode":null,"params":{},"processed":0,"errors":0,\
                "duration_sec":0.0,"ts":"2025-11-09T12:34:56Z","error":"invalid_command","reason":"is required",\
                "field":"chat"}""");
    }

    @Test
    void timestampsKeepSubSecondPrecisionOnlyWhenThereIsSome() {
        Header precise = new Header("c-1", "@ru_python", "date", Map.of(), 1, 0, 1.25,
                Instant.parse("2025-11-09T12:34:56.250Z"));

        assertThat(codec.encode(new Completed(precise))).contains("\"ts\":\"2025-11-09T12:34:56.250Z\"");
        assertThat(codec.encode(new Completed(SEED_HEADER))).contains("\"ts\":\"2025-11-09T12:34:56Z\"");
    }

    @Test
    void aDurationThatIsNotANumberCannotBeWritten() {
        Header broken = new Header("c-1", "@ru_python", "date", Map.of(), 0, 0, Double.NaN, SEED_TS);

        assertThatThrownBy(() -> codec.encode(new Completed(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration_sec");
    }

    static Stream<FetchEvent> everyVariant() {
        Header range = new Header("c-2", "-1001234567890", "range", Map.of("from", "2025-11-01", "to", "2025-11-07"),
                1_000_000, 2, 3600.123456789, Instant.parse("2025-11-09T12:34:56.123456789Z"));
        return Stream.of(
                new Started(SEED_HEADER, 1),
                new Progress(range, 3, 7, Optional.of(SEED_TS.plusSeconds(30)), Optional.of(SEED_TS.plusSeconds(600))),
                new Progress(range, 3, 7, Optional.empty(), Optional.empty()),
                new Completed(new Header("c-3", "@ru_python", "days", Map.of("days", "30"), 5, 0, 1.0, SEED_TS)),
                new Failed(range, "flood_wait_cap", "FloodWait of 7200 s exceeds the cap", Optional.empty()),
                new Failed(new Header("c-4", "", "", Map.of(), 0, 0, 0.0, SEED_TS), "invalid_command",
                        "must be a date in the form YYYY-MM-DD", Optional.of("date")));
    }

    @ParameterizedTest
    @MethodSource("everyVariant")
    void everyVariantSurvivesARoundTrip(FetchEvent event) {
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void unknownFieldsLikeTheSeedsStatusAreIgnored() {
        FetchEvent event = codec.decode("""
                {"event":"completed","status":"completed","command_id":"uuid","chat":"@ru_python","mode":"date",
                 "params":{"date":"2025-11-07"},"processed":271,"errors":0,"duration_sec":42.5,"ts":"2025-11-09T12:34:56Z"}
                """);

        assertThat(event).isEqualTo(new Completed(SEED_HEADER));
    }

    static Stream<Arguments> brokenEvents() {
        String header = "\"command_id\":\"c\",\"chat\":\"@ru_python\",\"mode\":\"date\",\"params\":{},\"processed\":1,"
                + "\"errors\":0,\"duration_sec\":1.5";
        return Stream.of(
                Arguments.of("{\"event\":\"finished\"," + header + ",\"ts\":\"2025-11-09T12:34:56Z\"}", "event",
                        "must be one of started, progress, completed, failed"),
                Arguments.of("{\"event\":\"completed\"," + header + "}", "ts", "is required"),
                Arguments.of("{\"event\":\"completed\"," + header + ",\"ts\":\"2025-11-09 12:34:56\"}", "ts",
                        "must be an ISO-8601 instant such as 2025-11-07T10:23:45Z"),
                Arguments.of("{\"event\":\"completed\"," + header.replace("1.5", "\"1.5\"")
                        + ",\"ts\":\"2025-11-09T12:34:56Z\"}", "duration_sec", "must be a number"),
                Arguments.of("{\"event\":\"completed\"," + header.replace("\"processed\":1", "\"processed\":-1")
                        + ",\"ts\":\"2025-11-09T12:34:56Z\"}", "processed", "must be at least 0"),
                Arguments.of("{\"event\":\"completed\"," + header.replace("{}", "{\"days\":[7]}")
                        + ",\"ts\":\"2025-11-09T12:34:56Z\"}", "params.days", "must be a string, number or boolean"),
                Arguments.of("{\"event\":\"started\"," + header + ",\"ts\":\"2025-11-09T12:34:56Z\"}", "units",
                        "is required"));
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
        String valid = codec.encode(new Progress(SEED_HEADER, 1, 2, Optional.of(SEED_TS), Optional.of(SEED_TS)));

        PayloadMutations.assertOnlyInvalidPayloadFailures(valid, codec::decode);
    }
}
