package io.telegate.apps.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsKeepEverythingOnLoopbackAndUnderData() {
        DemoConfig config = DemoConfig.from(Env.of(Map.of()));

        assertThat(config.sandboxHost()).isEqualTo("127.0.0.1");
        assertThat(config.sandboxPort()).isEqualTo(8081);
        assertThat(config.common().healthCheckHost()).isEqualTo("127.0.0.1");
        assertThat(config.common().healthCheckPort()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.seedFile()).isEmpty();
    }

    @Test
    void aSeedFileMustExist() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> DemoConfig.from(Env.of(Map.of("DEMO_SEED", missing.toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DEMO_SEED=\"" + missing + "\" is invalid: expected a readable seed file"
                        + " (format in docs/sandbox.md)");
    }

    @Test
    void anExistingSeedFileIsUsed() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.json"), "{}");

        assertThat(DemoConfig.from(Env.of(Map.of("DEMO_SEED", seed.toString()))).seedFile()).contains(seed);
    }

    @Test
    void theSandboxAndTheHealthServerNeedDifferentPorts() {
        assertThatThrownBy(() -> DemoConfig.from(Env.of(Map.of("SANDBOX_PORT", "9000", "HEALTH_CHECK_PORT", "9000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("SANDBOX_PORT and HEALTH_CHECK_PORT are both 9000: expected two different ports");
    }
}
