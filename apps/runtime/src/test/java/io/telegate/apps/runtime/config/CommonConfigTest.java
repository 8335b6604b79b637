package io.telegate.apps.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.logging.LogFormat;
import io.telegate.apps.runtime.logging.LogLevel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonConfigTest {

    @Test
    void defaultsMatchThePythonServicesSettings() {
        CommonConfig config = CommonConfig.from(Env.of(Map.of()));

        assertThat(config).isEqualTo(new CommonConfig(
                LogLevel.INFO, LogFormat.TEXT, "0.0.0.0", 8080, Duration.ofSeconds(30)));
    }

    @Test
    void everyVariableIsRead() {
        CommonConfig config = CommonConfig.from(Env.of(Map.of(
                "LOG_LEVEL", "warning",
                "LOG_FORMAT", "JSON",
                "HEALTH_CHECK_HOST", "127.0.0.1",
                "HEALTH_CHECK_PORT", "9090",
                "SHUTDOWN_TIMEOUT_SECONDS", "5")));

        assertThat(config).isEqualTo(new CommonConfig(
                LogLevel.WARN, LogFormat.JSON, "127.0.0.1", 9090, Duration.ofSeconds(5)));
    }

    @Test
    void anAppMayDefaultTheHealthServerToLoopback() {
        assertThat(CommonConfig.from(Env.of(Map.of()), "127.0.0.1").healthCheckHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void anyLogFormatOtherThanJsonIsText() {
        assertThat(CommonConfig.from(Env.of(Map.of("LOG_FORMAT", "pretty"))).logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void anUnknownLogLevelIsAConfigurationError() {
        assertThatThrownBy(() -> CommonConfig.from(Env.of(Map.of("LOG_LEVEL", "loud"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("LOG_LEVEL=\"loud\" is invalid: expected one of trace, debug, info, warn, error");
    }
}
