package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorCommand.JoinChat;
import io.telegate.ports.model.monitor.MonitorCommand.StartMonitoringChat;
import io.telegate.ports.model.monitor.MonitorCommand.StopMonitoringChat;
import io.telegate.ports.model.monitor.MonitorCommand.SwitchMonitoringSource;
import io.telegate.ports.out.InvalidPayloadException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonMonitorCommandCodecTest {

    private static final SessionDescriptor SEED_SESSION = new SessionDescriptor("uuid", "xxx", "xxx");
    private static final SessionDescriptor BACKUP_1 = new SessionDescriptor("b-1", "hash-1", "string-1");
    private static final SessionDescriptor BACKUP_2 = new SessionDescriptor("b-2", "hash-2", "string-2");
    private static final ChatRef CHANNEL = new ChatRef.NumericId(-1001234567890L);

    private final JsonMonitorCommandCodec codec = new JsonMonitorCommandCodec();

    @Test
    void startMonitoringChatWithTheSeedsSessionDataDecodes() {
        MonitorCommand command = codec.decode("""
                {
                  "command": "start_monitoring_chat",
                  "chat_id": -1001234567890,
                  "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"},
                  "backup_sessions_pool": [
                    {"id": "b-1", "api_hash": "hash-1", "session_string": "string-1"},
                    {"id": "b-2", "api_hash": "hash-2", "session_string": "string-2"}
                  ]
                }
                """);

        assertThat(command).isEqualTo(new StartMonitoringChat(Optional.empty(), CHANNEL, SEED_SESSION,
                List.of(BACKUP_1, BACKUP_2)));
    }

    @Test
    void everySeedCommandDecodesWithItsFields() {
        assertThat(codec.decode("""
                {"command": "stop_monitoring_chat", "command_id": "c-7", "chat_id": "@ru_python"}
                """)).isEqualTo(new StopMonitoringChat(Optional.of("c-7"), new ChatRef.Username("ru_python")));
        assertThat(codec.decode("""
                {"command": "join_chat", "chat_id": "https://t.me/+AbCdEf",
                 "session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"}}
                """)).isEqualTo(new JoinChat(Optional.empty(), new ChatRef.InviteLink("https://t.me/+AbCdEf"),
                SEED_SESSION));
        assertThat(codec.decode("""
                {"command": "switch_monitoring_source", "chat_id": -1001234567890,
                 "new_primary_session": {"id": "b-1", "api_hash": "hash-1", "session_string": "string-1"},
                 "backup_sessions_pool": [{"id": "uuid", "api_hash": "xxx", "session_string": "xxx"}]}
                """)).isEqualTo(new SwitchMonitoringSource(Optional.empty(), CHANNEL, BACKUP_1, List.of(SEED_SESSION)));
    }

    @Test
    void chatIdIsANumberOrAnyStringFormOfAChatReference() {
        assertThat(stopFor("-1001234567890").chatId()).isEqualTo(CHANNEL);
        assertThat(stopFor("\"-1001234567890\"").chatId()).isEqualTo(CHANNEL);
        assertThat(stopFor("\"@ru_python\"").chatId()).isEqualTo(new ChatRef.Username("ru_python"));
        assertThat(stopFor("\"https://t.me/ru_python\"").chatId()).isEqualTo(new ChatRef.Username("ru_python"));
        assertThat(stopFor("\"t.me/joinchat/AbC\"").chatId()).isEqualTo(new ChatRef.InviteLink("https://t.me/joinchat/AbC"));
    }

    @Test
    void numericChatIdsAreWrittenAsNumbersAndOthersAsStrings() {
        assertThat(codec.encode(new StopMonitoringChat(Optional.of("c-1"), CHANNEL)))
                .isEqualTo("""
                        {"command":"stop_monitoring_chat","command_id":"c-1","chat_id":-1001234567890}""");
        assertThat(codec.encode(new StopMonitoringChat(Optional.empty(), new ChatRef.Username("ru_python"))))
                .isEqualTo("""
                        {"command":"stop_monitoring_chat","chat_id":"@ru_python"}""");
    }

    @Test
    void startMonitoringChatIsWrittenWithTheSeedsFieldNames() {
        String json = codec.encode(new StartMonitoringChat(Optional.empty(), CHANNEL, SEED_SESSION, List.of(BACKUP_1)));

        assertThat(json).isEqualTo("""
                {"command":"start_monitoring_chat","chat_id":-1001234567890,\
                "primary_session":{"id":"uuid","api_hash":"xxx","session_string":"xxx"},\
                "backup_sessions_pool":[{"id":"b-1","api_hash":"hash-1","session_string":"string-1"}]}""");
    }

    @Test
    void anAbsentOrNullBackupPoolMeansNoBackups() {
        assertThat(codec.decode("""
                {"command": "start_monitoring_chat", "chat_id": 42,
                 "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"}}
                """)).isEqualTo(new StartMonitoringChat(Optional.empty(), new ChatRef.NumericId(42), SEED_SESSION,
                List.of()));
        assertThat(codec.decode("""
                {"command": "start_monitoring_chat", "chat_id": 42, "backup_sessions_pool": null,
                 "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"}}
                """)).isEqualTo(new StartMonitoringChat(Optional.empty(), new ChatRef.NumericId(42), SEED_SESSION,
                List.of()));
    }

    @Test
    void unknownFieldsAreIgnored() {
        MonitorCommand command = codec.decode("""
                {"command": "join_chat", "chat_id": "@ru_python", "priority": "high", "trace": {"span": 1},
                 "session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx", "dc": 2}}
                """);

        assertThat(command).isEqualTo(new JoinChat(Optional.empty(), new ChatRef.Username("ru_python"), SEED_SESSION));
    }

    static Stream<MonitorCommand> everyVariant() {
        return Stream.of(
                new StartMonitoringChat(Optional.of("c-1"), CHANNEL, SEED_SESSION, List.of(BACKUP_1, BACKUP_2)),
                new StartMonitoringChat(Optional.empty(), new ChatRef.Username("ru_python"), SEED_SESSION, List.of()),
                new StopMonitoringChat(Optional.of("c-2"), new ChatRef.InviteLink("https://t.me/+AbCdEf")),
                new JoinChat(Optional.empty(), new ChatRef.Username("ru_python"), BACKUP_2),
                new SwitchMonitoringSource(Optional.of("c-3"), new ChatRef.NumericId(777), BACKUP_1,
                        List.of(SEED_SESSION)));
    }

    @ParameterizedTest
    @MethodSource("everyVariant")
    void everyVariantSurvivesARoundTrip(MonitorCommand command) {
        assertThat(codec.decode(codec.encode(command))).isEqualTo(command);
    }

    static Stream<Arguments> brokenCommands() {
        return Stream.of(
                broken("", null, "payload is empty"),
                broken("[1, 2]", null, "must be a JSON object"),
                broken("\"start_monitoring_chat\"", null, "must be a JSON object"),
                broken("{}", "command", "is required"),
                broken("{\"command\": 5}", "command", "must be a string"),
                broken("{\"command\": \"launch\"}", "command",
                        "must be one of start_monitoring_chat, stop_monitoring_chat, join_chat, switch_monitoring_source"),
                broken("{\"command\": \"stop_monitoring_chat\"}", "chat_id", "is required"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": null}", "chat_id", "is required"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": true}", "chat_id",
                        "must be a number or a string"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 1.5}", "chat_id",
                        "must be a number or a string"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 123456789012345678901234}", "chat_id",
                        "is out of range"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 0}", "chat_id",
                        "chat id 0 is not a Telegram chat"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": \" \"}", "chat_id",
                        "chat reference is empty"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": \"@no\"}", "chat_id",
                        "not a valid Telegram username: 'no' (5-32 characters: letters, digits, underscore; "
                                + "starts with a letter)"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 1, \"command_id\": 7}", "command_id",
                        "must be a string"),
                broken("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 1, \"command_id\": \" \"}", "command_id",
                        "must not be blank"),
                broken("{\"command\": \"start_monitoring_chat\", \"chat_id\": 1}", "primary_session", "is required"),
                broken("{\"command\": \"start_monitoring_chat\", \"chat_id\": 1, \"primary_session\": \"uuid\"}",
                        "primary_session", "must be an object"),
                broken("""
                        {"command": "start_monitoring_chat", "chat_id": 1,
                         "primary_session": {"id": "uuid", "session_string": "xxx"}}""",
                        "primary_session.api_hash", "is required"),
                broken("""
                        {"command": "start_monitoring_chat", "chat_id": 1,
                         "primary_session": {"id": " ", "api_hash": "xxx", "session_string": "xxx"}}""",
                        "primary_session.id", "must not be blank"),
                broken("""
                        {"command": "start_monitoring_chat", "chat_id": 1,
                         "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"},
                         "backup_sessions_pool": {"id": "b-1"}}""",
                        "backup_sessions_pool", "must be an array"),
                broken("""
                        {"command": "start_monitoring_chat", "chat_id": 1,
                         "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"},
                         "backup_sessions_pool": [null]}""",
                        "backup_sessions_pool[0]", "must be an object"),
                broken("""
                        {"command": "start_monitoring_chat", "chat_id": 1,
                         "primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": "xxx"},
                         "backup_sessions_pool": [
                           {"id": "b-1", "api_hash": "hash-1", "session_string": "string-1"},
                           {"id": "b-2", "session_string": "string-2"}]}""",
                        "backup_sessions_pool[1].api_hash", "is required"),
                broken("{\"command\": \"join_chat\", \"chat_id\": \"@ru_python\"}", "session", "is required"),
                broken("""
                        {"command": "switch_monitoring_source", "chat_id": 1,
                         "new_primary_session": {"id": "uuid", "api_hash": "xxx", "session_string": 12345}}""",
                        "new_primary_session.session_string", "must be a string"));
    }

    private static Arguments broken(String payload, String field, String reason) {
        return Arguments.of(payload, field, reason);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenCommands")
    void brokenCommandsAreRejectedNamingTheFieldAndTheReason(String payload, String field, String reason) {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> codec.decode(payload));

        assertThat(e).as("decoding %s", payload).isNotNull();
        assertThat(e.field()).isEqualTo(Optional.ofNullable(field));
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void malformedJsonIsRejectedWithoutQuotingThePayload() {
        String truncated = "{\"command\": \"join_chat\", \"session\": {\"session_string\": \"1BVtsSECRET";

        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> codec.decode(truncated));

        assertThat(e.field()).isEmpty();
        assertThat(e.reason()).startsWith("is not valid JSON");
        assertThat(e.getMessage()).doesNotContain("SECRET");
    }

    @Test
    void trailingContentAfterTheObjectIsNotValidJson() {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class,
                () -> codec.decode("{\"command\": \"stop_monitoring_chat\", \"chat_id\": 1} {\"command\": 2}"));

        assertThat(e.reason()).startsWith("is not valid JSON");
    }

    @Test
    void noMutationOfAValidCommandThrowsAnythingButInvalidPayload() {
        String valid = codec.encode(new StartMonitoringChat(Optional.of("c-1"), CHANNEL, SEED_SESSION,
                List.of(BACKUP_1, BACKUP_2)));

        PayloadMutations.assertOnlyInvalidPayloadFailures(valid, codec::decode);
    }

    private StopMonitoringChat stopFor(String chatIdJson) {
        return (StopMonitoringChat) codec.decode("{\"command\": \"stop_monitoring_chat\", \"chat_id\": " + chatIdJson + "}");
    }
}
