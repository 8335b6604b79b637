package io.telegate.apps.fetcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.config.TelegramBackend;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchStrategy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetcherConfigTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef";
    private static final String SESSION = "tdlib1:UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";

    @Test
    void defaultsFollowSeed002() {
        FetcherConfig config = FetcherConfig.from(Env.of(Map.of("HOSTNAME", "box")));

        assertThat(config.transport()).isEqualTo(Transport.REDIS);
        assertThat(config.redis().commandsKey()).isEqualTo("tg_commands");
        assertThat(config.redis().eventsChannel()).isEqualTo("tg_events");
        assertThat(config.redis().consumerName()).isEqualTo("fetcher-box");
        assertThat(config.settings().policy().concurrency()).isEqualTo(4);
        assertThat(config.settings().defaultStrategy()).isEqualTo(FetchStrategy.BATCH);
        assertThat(config.settings().pollTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.telegram().sessionId()).isEqualTo("demo-session");
    }

    @Test
    void variablesOverrideTheDefaults() {
        FetcherConfig config = FetcherConfig.from(Env.of(Map.of("FETCHER_TRANSPORT", "memory",
                "FETCH_CONCURRENCY", "8", "FETCH_STRATEGY", "per_day", "FLOOD_WAIT_MAX_SECONDS", "60",
                "TG_COMMANDS_KEY", "my_commands", "FETCHER_ID", "worker-7")));

        assertThat(config.transport()).isEqualTo(Transport.MEMORY);
        assertThat(config.settings().policy().concurrency()).isEqualTo(8);
        assertThat(config.settings().defaultStrategy()).isEqualTo(FetchStrategy.PER_DAY);
        assertThat(config.settings().policy().floodWaitCap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.redis().commandsKey()).isEqualTo("my_commands");
        assertThat(config.settings().workerId()).isEqualTo("worker-7");
    }

    @Test
    void aWrongValueIsOneLineNamingTheVariable() {
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(Map.of("FETCH_STRATEGY", "weekly"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FETCH_STRATEGY")
                .hasMessageContaining("batch or per_day")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(Map.of("FETCH_CONCURRENCY", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FETCH_CONCURRENCY");
    }

    @Test
    void theSandboxIsTheDefaultBackendAndNeedsNoCredentials() {
        FetcherConfig.TelegramSettings telegram = FetcherConfig.from(Env.of(Map.of())).telegram();

        assertThat(telegram.backend()).isEqualTo(TelegramBackend.SANDBOX);
        assertThat(telegram.tdlib()).isEmpty();
        assertThat(telegram.session()).isEmpty();
    }

    @Test
    void theTdlibBackendFetchesWithTheConfiguredSessionAndApiHash() {
        Map<String, String> env = tdlib();

        FetcherConfig.TelegramSettings telegram = FetcherConfig.from(Env.of(env)).telegram();

        assertThat(telegram.backend()).isEqualTo(TelegramBackend.TDLIB);
        assertThat(telegram.tdlib().orElseThrow().apiId()).isEqualTo(12345);
        assertThat(telegram.session()).contains(new SessionDescriptor("s-1", HASH, SESSION));
        assertThat(telegram.toString()).doesNotContain(HASH, SESSION);
    }

    @Test
    void theTdlibBackendRequiresTheApiIdAndHash() {
        Map<String, String> env = tdlib();
        env.remove("TELEGRAM_API_ID");
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_API_ID is not set");
        env.put("TELEGRAM_API_ID", "12345");
        env.remove("TELEGRAM_API_HASH");
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_API_HASH is not set");
    }

    @Test
    void theTdlibBackendRequiresASessionToRunButNotToLogIn() {
        Map<String, String> env = tdlib();
        env.remove("TELEGRAM_SESSION_STRING");

        assertThatThrownBy(() -> FetcherConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_SESSION_STRING is not set")
                .hasMessageContaining("fetcher.jar login");
        assertThat(FetcherConfig.TelegramSettings.forLogin(Env.of(env)).tdlib()).isPresent();
    }

    @Test
    void aSessionStringOfAnotherLibraryIsRefusedWithoutShowingIt() {
        Map<String, String> env = tdlib();
        env.put("TELEGRAM_SESSION_STRING", "1BVtsOK4Bu-telethon-secret");

        assertThatThrownBy(() -> FetcherConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_SESSION_STRING (value hidden) is invalid")
                .hasMessageContaining("tdlib1:")
                .hasMessageNotContaining("telethon-secret");
    }

    @Test
    void aBadTdlibPathOrBackendIsOneLineNamingTheVariable() {
        Map<String, String> env = tdlib();
        env.put("TDLIB_PATH", "/nowhere/libtdjson.so");
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TDLIB_PATH=\"/nowhere/libtdjson.so\" is invalid")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(Map.of("TELEGRAM_BACKEND", "telethon"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_BACKEND=\"telethon\" is invalid: expected one of sandbox, tdlib");
    }

    private static Map<String, String> tdlib() {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BACKEND", "tdlib");
        env.put("TELEGRAM_API_ID", "12345");
        env.put("TELEGRAM_API_HASH", HASH);
        env.put("TELEGRAM_SESSION_ID", "s-1");
        env.put("TELEGRAM_SESSION_STRING", SESSION);
        return env;
    }
}
