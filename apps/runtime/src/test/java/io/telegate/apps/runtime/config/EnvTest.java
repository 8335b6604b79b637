package io.telegate.apps.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvTest {

    enum Strategy { SEQUENTIAL, PER_DAY }

    @TempDir
    Path dir;

    @Test
    void theRealEnvironmentWinsOverTheDotenvFile() throws Exception {
        Files.writeString(dir.resolve(".env"), """
                # local overrides
                LOG_LEVEL=DEBUG
                DATA_DIR=./from-file
                """);

        Env env = Env.load(dir, Map.of("LOG_LEVEL", "WARN"));

        assertThat(env.string("LOG_LEVEL", "INFO")).isEqualTo("WARN");
        assertThat(env.string("DATA_DIR", "./data")).isEqualTo("./from-file");
    }

    @Test
    void aMissingDotenvFileIsNoOverlay() {
        Env env = Env.load(dir, Map.of("A", "1"));

        assertThat(env.string("A", "x")).isEqualTo("1");
        assertThat(env.optional("B")).isEmpty();
    }

    @Test
    void aMalformedDotenvFileIsReportedWithoutQuotingItsLines() throws Exception {
        Files.writeString(dir.resolve(".env"), "LOG_LEVEL=INFO\nTELEGRAM_API_HASH 0123456789abcdef\n");

        assertThatThrownBy(() -> Env.load(dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".env is malformed")
                .message().doesNotContain("0123456789abcdef");
    }

    @Test
    void blankValuesCountAsUnset() {
        Env env = Env.of(Map.of("HEALTH_CHECK_PORT", "  "));

        assertThat(env.intIn("HEALTH_CHECK_PORT", 8080, 0, 65535)).isEqualTo(8080);
    }

    @Test
    void integersOutsideTheirRangeNameTheVariableValueAndRange() {
        Env env = Env.of(Map.of("HEALTH_CHECK_PORT", "70000"));

        assertThatThrownBy(() -> env.intIn("HEALTH_CHECK_PORT", 8080, 0, 65535))
                .isInstanceOf(ConfigException.class)
                .hasMessage("HEALTH_CHECK_PORT=\"70000\" is invalid: expected an integer from 0 to 65535");
    }

    @Test
    void secretValuesAreNeverShown() {
        Env env = Env.of(Map.of("TELEGRAM_API_HASH", "not-a-number", "SESSION_ENCRYPTION_KEY", "short"));

        assertThatThrownBy(() -> env.intIn("TELEGRAM_API_HASH", 0, 0, 10))
                .hasMessage("TELEGRAM_API_HASH (value hidden) is invalid: expected an integer from 0 to 10");
        assertThatThrownBy(() -> env.parsed("SESSION_ENCRYPTION_KEY", null, v -> {
            throw new IllegalArgumentException("too short");
        }, "32 bytes in base64"))
                .hasMessage("SESSION_ENCRYPTION_KEY (value hidden) is invalid: expected 32 bytes in base64");
    }

    @Test
    void aMissingRequiredVariableSaysWhereToSetIt() {
        assertThatThrownBy(() -> Env.of(Map.of()).requiredString("TELEGRAM_PHONE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TELEGRAM_PHONE is not set: expected a value (set it in the environment or in .env)");
    }

    @Test
    void durationsAcceptShortUnitsAndIso8601() {
        Env env = Env.of(Map.of("A", "250ms", "B", "30s", "C", "5m", "D", "2h", "E", "1d", "F", "PT1M30S"));

        assertThat(env.duration("A", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(env.duration("B", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(env.duration("C", Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
        assertThat(env.duration("D", Duration.ZERO)).isEqualTo(Duration.ofHours(2));
        assertThat(env.duration("E", Duration.ZERO)).isEqualTo(Duration.ofDays(1));
        assertThat(env.duration("F", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
        assertThat(env.duration("G", Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aDurationWithoutUnitIsRejected() {
        Env env = Env.of(Map.of("FLOOD_WAIT_MAX", "30"));

        assertThatThrownBy(() -> env.duration("FLOOD_WAIT_MAX", Duration.ZERO))
                .hasMessage("FLOOD_WAIT_MAX=\"30\" is invalid: expected a duration such as 500ms, 30s, 5m, 2h, 1d or PT30S");
    }

    @Test
    void secondsAreWholeNumbersWithinBounds() {
        Env env = Env.of(Map.of("SHUTDOWN_TIMEOUT_SECONDS", "45", "FAILOVER_RETRY_DELAY_SECONDS", "-1"));

        assertThat(env.secondsIn("SHUTDOWN_TIMEOUT_SECONDS", 30, 1, 3600)).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> env.secondsIn("FAILOVER_RETRY_DELAY_SECONDS", 5, 0, 3600))
                .hasMessageContaining("expected an integer from 0 to 3600");
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        Env env = Env.of(Map.of("A", "yes", "B", "OFF", "C", "1", "D", "maybe"));

        assertThat(env.bool("A", false)).isTrue();
        assertThat(env.bool("B", true)).isFalse();
        assertThat(env.bool("C", false)).isTrue();
        assertThatThrownBy(() -> env.bool("D", false)).hasMessage("D=\"maybe\" is invalid: expected true or false");
    }

    @Test
    void urlsMustBeAbsoluteAndTheirPasswordIsHiddenWhenInvalid() {
        Env env = Env.of(Map.of(
                "REDIS_URL", "redis://127.0.0.1:6379/0",
                "RABBITMQ_URL", "amqp://guest:hunter2@ rabbit:5672/",
                "DATABASE_URL", "localhost:5432"));

        assertThat(env.url("REDIS_URL", null)).isEqualTo(URI.create("redis://127.0.0.1:6379/0"));
        assertThat(env.url("MISSING_URL", "amqp://guest:guest@127.0.0.1:5672/").getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> env.url("RABBITMQ_URL", null))
                .hasMessageStartingWith("RABBITMQ_URL=\"amqp://guest:***@ rabbit:5672/\" is invalid")
                .message().doesNotContain("hunter2");
        assertThatThrownBy(() -> env.url("DATABASE_URL", null))
                .hasMessage("DATABASE_URL=\"localhost:5432\" is invalid: expected an absolute URL such as scheme://host:port/path");
    }

    @Test
    void enumsMatchInAnyCaseAndListTheChoicesWhenWrong() {
        Env env = Env.of(Map.of("FETCH_STRATEGY", "Per-Day", "OTHER", "parallel"));

        assertThat(env.enumOf("FETCH_STRATEGY", Strategy.class, Strategy.SEQUENTIAL)).isEqualTo(Strategy.PER_DAY);
        assertThatThrownBy(() -> env.enumOf("OTHER", Strategy.class, Strategy.SEQUENTIAL))
                .hasMessage("OTHER=\"parallel\" is invalid: expected one of sequential, per_day");
    }

    @Test
    void pathsDefaultAndResolveAsWritten() {
        Env env = Env.of(Map.of("DATA_DIR", "/var/lib/telegate"));

        assertThat(env.path("DATA_DIR", "./data")).isEqualTo(Path.of("/var/lib/telegate"));
        assertThat(env.path("ARCHIVE_DIR", "./data")).isEqualTo(Path.of("./data"));
    }

    @Test
    void messagesStayOnOneLine() {
        Env env = Env.of(Map.of("HEALTH_CHECK_PORT", "80\n80"));

        assertThatThrownBy(() -> env.intIn("HEALTH_CHECK_PORT", 8080, 0, 65535))
                .message().doesNotContain("\n");
    }
}
