package io.telegate.apps.fetcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.ports.model.fetch.FetchStrategy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetcherConfigTest {

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
    void theTdlibBackendIsRefusedClearlyUntilItIsWired() {
        assertThatThrownBy(() -> FetcherConfig.from(Env.of(Map.of("TELEGRAM_BACKEND", "tdlib"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_BACKEND")
                .hasMessageContaining("sandbox");
    }
}
