package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TdlibConfigTest {

    private static final String HASH = "a3406de8d171bb422bb6ddf3bbd800e2";

    @Test
    void theApiHashNeverShowsInTheTextOfTheConfig() {
        TdlibConfig config = TdlibConfig.defaults(Optional.empty(), 94575, HASH, Path.of("/var/lib/telegate/tdlib"));

        assertThat(config.toString()).doesNotContain(HASH).contains("apiId=94575", "apiHash=***");
    }

    @Test
    void aMissingApiIdOrHashIsRejectedNamingTheVariableToSet() {
        assertThatThrownBy(() -> TdlibConfig.defaults(Optional.empty(), 0, HASH, Path.of("x")))
                .hasMessageContaining("TELEGRAM_API_ID");
        assertThatThrownBy(() -> TdlibConfig.defaults(Optional.empty(), 1, " ", Path.of("x")))
                .hasMessageContaining("TELEGRAM_API_HASH");
    }

    @Test
    void sessionDirectoriesLiveUnderTheRootWithSafeNames() {
        TdlibConfig config = TdlibConfig.defaults(Optional.empty(), 1, HASH, Path.of("/data/tdlib"));

        assertThat(TdSessionFiles.directory(config, "3f1c-7a/../x")).isEqualTo(Path.of("/data/tdlib/3f1c-7a_.._x"));
    }
}
