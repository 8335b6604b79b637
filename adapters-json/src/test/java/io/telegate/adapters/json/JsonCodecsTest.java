package io.telegate.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.out.Codec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonCodecsTest {

    private static final String WITHOUT_ID = """
            {"command":"fetch","chat":"@ru_python","mode":"days","days":1}
            """;

    @Test
    void fetchCommandsWithoutAnIdGetADistinctRandomUuidEach() {
        Codec<FetchCommand> codec = JsonCodecs.fetchCommands();

        String first = codec.decode(WITHOUT_ID).commandId();
        String second = codec.decode(WITHOUT_ID).commandId();

        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theFactoryHandsOutTheJsonImplementations() {
        assertThat(JsonCodecs.monitorCommands()).isInstanceOf(JsonMonitorCommandCodec.class);
        assertThat(JsonCodecs.monitorEvents()).isInstanceOf(JsonMonitorEventCodec.class);
        assertThat(JsonCodecs.fetchCommands(() -> "fixed").decode(WITHOUT_ID).commandId()).isEqualTo("fixed");
        assertThat(JsonCodecs.fetchEvents()).isInstanceOf(JsonFetchEventCodec.class);
        assertThat(JsonCodecs.telegramMessages()).isInstanceOf(JsonTelegramMessages.class);
    }
}
