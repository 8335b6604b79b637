package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.fetch.FetchWindow.DateRange;
import io.telegate.ports.model.fetch.FetchWindow.LastDays;
import io.telegate.ports.model.fetch.FetchWindow.OnDate;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonFetchCommandCodecTest {

    private static final LocalDate NOV_7 = LocalDate.of(2025, 11, 7);

    private final AtomicInteger issued = new AtomicInteger();
    private final JsonFetchCommandCodec codec = new JsonFetchCommandCodec(() -> "generated-" + issued.incrementAndGet());

    @Test
    void theSeedsThreeCommandsDecode() {
        assertThat(codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"date","date":"2025-11-07","strategy":"batch"}
                """)).isEqualTo(new FetchCommand("generated-1", "@ru_python", new OnDate(NOV_7), FetchStrategy.BATCH,
                Map.of()));
        assertThat(codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"days","days":7,"strategy":"batch"}
                """)).isEqualTo(new FetchCommand("generated-2", "@ru_python", new LastDays(7), FetchStrategy.BATCH,
                Map.of()));
        assertThat(codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"range","from":"2025-11-01","to":"2025-11-07","strategy":"per_day"}
                """)).isEqualTo(new FetchCommand("generated-3", "@ru_python",
                new DateRange(LocalDate.of(2025, 11, 1), NOV_7), FetchStrategy.PER_DAY, Map.of()));
    }

    @Test
    void aCommandIdSentByTheProducerIsKeptAndNoneIsGenerated() {
        FetchCommand command = codec.decode("""
                {"command":"fetch","command_id":"7f1c","chat":"@ru_python","mode":"days","days":1}
                """);

        assertThat(command.commandId()).isEqualTo("7f1c");
        assertThat(issued).hasValue(0);
    }

    @Test
    void aConfiguredDefaultStrategyAppliesToCommandsWithoutOne() {
        JsonFetchCommandCodec perDay = new JsonFetchCommandCodec(() -> "id", FetchStrategy.PER_DAY);

        assertThat(perDay.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"days","days":2}""").strategy())
                .isEqualTo(FetchStrategy.PER_DAY);
        assertThat(perDay.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"days","days":2,"strategy":"batch"}""").strategy())
                .isEqualTo(FetchStrategy.BATCH);
    }

    @Test
    void strategyDefaultsToBatch() {
        FetchCommand command = codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"days","days":1}
                """);

        assertThat(command.strategy()).isEqualTo(FetchStrategy.BATCH);
    }

    @Test
    void optionsAreFlattenedToStringsAndNullOptionsDropped() {
        FetchCommand command = codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"days","days":1,
                 "options":{"time_zone":"Europe/Moscow","max_flood_wait_sec":600,"dry_run":true,"ratio":0.5,"label":null}}
                """);

        assertThat(command.options()).containsExactlyInAnyOrderEntriesOf(Map.of("time_zone", "Europe/Moscow",
                "max_flood_wait_sec", "600", "dry_run", "true", "ratio", "0.5"));
        assertThat(command.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void unknownFieldsAndTheFieldsOfOtherModesAreIgnored() {
        FetchCommand command = codec.decode("""
                {"command":"fetch","chat":"@ru_python","mode":"date","date":"2025-11-07","days":"many",
                 "priority":1,"status":"queued"}
                """);

        assertThat(command.window()).isEqualTo(new OnDate(NOV_7));
    }

    @Test
    void encodingWritesTheSeedsFieldNamesWithTheIdAndStrategyAlwaysPresent() {
        String json = codec.encode(new FetchCommand("7f1c", "@ru_python",
                new DateRange(LocalDate.of(2025, 11, 1), NOV_7), FetchStrategy.PER_DAY,
                Map.of("time_zone", "UTC", "a", "1")));

        assertThat(json).isEqualTo("""
                {"command":"fetch","command_id":"7f1c","chat":"@ru_python","mode":"range","from":"2025-11-01",\
                "to":"2025-11-07","strategy":"per_day","options":{"a":"1","time_zone":"UTC"}}""");
    }

    static Stream<FetchCommand> everyVariant() {
        return Stream.of(
                new FetchCommand("c-1", "@ru_python", new OnDate(NOV_7), FetchStrategy.BATCH, Map.of()),
                new FetchCommand("c-2", "-1001234567890", new LastDays(30), FetchStrategy.PER_DAY,
                        Map.of("time_zone", "Asia/Tokyo")),
                new FetchCommand("c-3", "ru_python", new DateRange(NOV_7, NOV_7), FetchStrategy.PER_DAY,
                        Map.of("max_flood_wait_sec", "600", "note", "день")));
    }

    @ParameterizedTest
    @MethodSource("everyVariant")
    void everyVariantSurvivesARoundTrip(FetchCommand command) {
        assertThat(codec.decode(codec.encode(command))).isEqualTo(command);
    }

    static Stream<Arguments> brokenCommands() {
        return Stream.of(
                broken("{\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":1}", "command", "is required"),
                broken("{\"command\":\"fetch_all\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":1}",
                        "command", "must be fetch"),
                broken("{\"command\":\"fetch\",\"mode\":\"days\",\"days\":1}", "chat", "is required"),
                broken("{\"command\":\"fetch\",\"chat\":-1001234567890,\"mode\":\"days\",\"days\":1}",
                        "chat", "must be a string"),
                broken("{\"command\":\"fetch\",\"chat\":\"../../etc\",\"mode\":\"days\",\"days\":1}", "chat",
                        "not a valid Telegram username: '../../etc' (5-32 characters: letters, digits, underscore; "
                                + "starts with a letter)"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"command_id\":\"\",\"mode\":\"days\",\"days\":1}",
                        "command_id", "must not be blank"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\"}", "mode", "is required"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"week\"}", "mode",
                        "must be one of date, days, range"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"date\"}", "date", "is required"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"date\",\"date\":\"2025-11-7\"}",
                        "date", "must be a date in the form YYYY-MM-DD"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"date\",\"date\":\"07.11.2025\"}",
                        "date", "must be a date in the form YYYY-MM-DD"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"date\",\"date\":\"2025-02-30\"}",
                        "date", "is not a real calendar date"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"date\",\"date\":20251107}",
                        "date", "must be a string"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\"}", "days", "is required"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":0}", "days",
                        "must be at least 1"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":\"3\"}", "days",
                        "must be an integer"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":2.5}", "days",
                        "must be an integer"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":99999999999}", "days",
                        "must be at most 2147483647"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"range\",\"to\":\"2025-11-07\"}",
                        "from", "is required"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"range\",\"from\":\"2025-11-07\"}",
                        "to", "is required"),
                broken("""
                        {"command":"fetch","chat":"@ru_python","mode":"range","from":"2025-11-07","to":"2025-11-01"}""",
                        "to", "must not be before from (2025-11-07)"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":1,\"strategy\":\"parallel\"}",
                        "strategy", "must be one of batch, per_day"),
                broken("{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":1,\"options\":[]}",
                        "options", "must be an object"),
                broken("""
                        {"command":"fetch","chat":"@ru_python","mode":"days","days":1,"options":{"limits":{"max":1}}}""",
                        "options.limits", "must be a string, number or boolean"),
                broken("""
                        {"command":"fetch","chat":"@ru_python","mode":"days","days":1,"options":{"time_zone":"Mars/Base"}}""",
                        "options.time_zone", "is not a valid time zone id (such as UTC or Europe/Moscow)"));
    }

    private static Arguments broken(String payload, String field, String reason) {
        return Arguments.of(payload, field, reason);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenCommands")
    void brokenCommandsAreRejectedNamingTheFieldAndTheReason(String payload, String field, String reason) {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> codec.decode(payload));

        assertThat(e).as("decoding %s", payload).isNotNull();
        assertThat(e.field()).contains(field);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(issued).as("ids are issued only for valid commands").hasValue(0);
    }

    @Test
    void notJsonIsRejectedWithoutAField() {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> codec.decode("fetch @ru_python"));

        assertThat(e.field()).isEmpty();
        assertThat(e.reason()).startsWith("is not valid JSON");
    }

    @Test
    void noMutationOfAValidCommandThrowsAnythingButInvalidPayload() {
        String valid = codec.encode(new FetchCommand("c-1", "@ru_python", new DateRange(NOV_7, NOV_7),
                FetchStrategy.PER_DAY, Map.of("time_zone", "Europe/Moscow")));

        PayloadMutations.assertOnlyInvalidPayloadFailures(valid, codec::decode);
    }
}
