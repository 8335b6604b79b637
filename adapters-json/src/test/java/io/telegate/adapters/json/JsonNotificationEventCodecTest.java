package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonNotificationEventCodecTest {

    private static final Instant TS = Instant.parse("2025-11-07T10:00:03Z");

    private final JsonNotificationEventCodec codec = new JsonNotificationEventCodec();

    @Test
    void aDeliveredEventIsWrittenWithItsMessageIdsAndWithoutAnError() {
        NotificationEvent delivered = new NotificationEvent("t-1", "acme", NotificationStatus.DELIVERED,
                "-1001234567890", List.of(41L, 42L), Optional.empty(), TS);

        assertThat(codec.encode(delivered)).isEqualTo("""
                {"task_id":"t-1","tenant":"acme","status":"delivered","chat_id":"-1001234567890",\
                "telegram_message_ids":[41,42],"ts":"2025-11-07T10:00:03Z"}""");
    }

    @Test
    void aFailedEventCarriesItsErrorAndAnEmptyListOfMessageIds() {
        NotificationEvent failed = new NotificationEvent("t-2", "acme", NotificationStatus.FAILED, "12345",
                List.of(), Optional.of("forbidden: Forbidden: bot was blocked by the user"), TS);

        assertThat(codec.encode(failed)).isEqualTo("""
                {"task_id":"t-2","tenant":"acme","status":"failed","chat_id":"12345","telegram_message_ids":[],\
                "error":"forbidden: Forbidden: bot was blocked by the user","ts":"2025-11-07T10:00:03Z"}""");
    }

    static Stream<NotificationEvent> everyFinalState() {
        return Stream.of(
                new NotificationEvent("t-1", "acme", NotificationStatus.DELIVERED, "@alerts", List.of(7L, 8L, 9L),
                        Optional.empty(), Instant.parse("2025-11-07T10:00:03.123456789Z")),
                new NotificationEvent("t-2", "acme", NotificationStatus.FAILED, "-42", List.of(3L),
                        Optional.of("retries_exhausted: 5 attempts failed in a row"), TS),
                new NotificationEvent("t-3", "beta", NotificationStatus.CANCELLED, "777", List.of(), Optional.empty(),
                        TS),
                new NotificationEvent("t-4", "beta", NotificationStatus.UNKNOWN, "777", List.of(1L),
                        Optional.of("transport: read timed out (the message may have arrived)"), TS));
    }

    @ParameterizedTest
    @MethodSource("everyFinalState")
    void everyFinalStateSurvivesARoundTrip(NotificationEvent event) {
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void theFactoryHandsOutThisCodec() {
        assertThat(JsonCodecs.notificationEvents()).isInstanceOf(JsonNotificationEventCodec.class);
    }

    static Stream<Arguments> brokenEvents() {
        String head = "\"task_id\":\"t-1\",\"tenant\":\"acme\",\"chat_id\":\"42\",\"ts\":\"2025-11-07T10:00:03Z\"";
        return Stream.of(
                Arguments.of("{" + head + ",\"status\":\"pending\",\"telegram_message_ids\":[]}", "status",
                        "must be one of delivered, failed, cancelled, unknown"),
                Arguments.of("{" + head + ",\"status\":\"delivered\"}", "telegram_message_ids", "is required"),
                Arguments.of("{" + head + ",\"status\":\"delivered\",\"telegram_message_ids\":5}",
                        "telegram_message_ids", "must be an array"),
                Arguments.of("{" + head + ",\"status\":\"delivered\",\"telegram_message_ids\":[1,\"2\"]}",
                        "telegram_message_ids[1]", "must be a positive integer"),
                Arguments.of("{" + head.replace("\"42\"", "\" \"") + ",\"status\":\"failed\","
                        + "\"telegram_message_ids\":[]}", "chat_id", "must not be blank"));
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
        String valid = codec.encode(new NotificationEvent("t-1", "acme", NotificationStatus.UNKNOWN, "42",
                List.of(1L, 2L), Optional.of("transport: reset"), TS));

        PayloadMutations.assertOnlyInvalidPayloadFailures(valid, codec::decode);
    }
}
