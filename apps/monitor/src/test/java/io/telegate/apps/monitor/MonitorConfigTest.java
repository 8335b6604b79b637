package io.telegate.apps.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.config.TelegramBackend;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorConfigTest {

    private static final String KEY = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void defaultsFollowSeed000() {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("HOSTNAME", "box", "SESSION_ENCRYPTION_KEY", KEY)));

        assertThat(config.transport()).isEqualTo(Transport.RABBITMQ);
        assertThat(config.state()).isEqualTo(StateBackend.REDIS);
        assertThat(config.rabbit().exchange()).isEqualTo("aivalone_python_bridge");
        assertThat(config.rabbit().commandsQueue()).isEqualTo("python_bridge_commands");
        assertThat(config.rabbit().commandsRoutingKey()).isEqualTo("command");
        assertThat(config.rabbit().eventsQueue()).isEqualTo("python_bridge_events");
        assertThat(config.rabbit().eventsRoutingKey()).isEqualTo("event");
        assertThat(config.settings().policy().retryDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.settings().policy().reconnectAttempts()).isEqualTo(3);
        assertThat(config.settings().policy().leaseTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.settings().monitorId()).isEqualTo("monitor-box");
        assertThat(config.settings().keys().currentId()).isEqualTo("k1");
        assertThat(config.common().healthCheckPort()).isEqualTo(8080);
    }

    @Test
    void variablesOverrideTheDefaults() {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "redis",
                "RABBITMQ_EXCHANGE", "bridge", "FAILOVER_RETRY_DELAY_SECONDS", "2", "MAX_RECONNECT_ATTEMPTS", "5",
                "MONITOR_QUIET_PROBE_SECONDS", "60", "MONITOR_LEASE_TTL_SECONDS", "12", "MONITOR_ID", "m-7",
                "SESSION_ENCRYPTION_KEY", KEY)));

        assertThat(config.transport()).isEqualTo(Transport.REDIS);
        assertThat(config.rabbit().exchange()).isEqualTo("bridge");
        assertThat(config.rabbit().deadLetterExchange()).isEqualTo("bridge.dlx");
        assertThat(config.redis().commandsKey()).isEqualTo("python_bridge_commands");
        assertThat(config.redis().eventsChannel()).isEqualTo("python_bridge_events");
        assertThat(config.redis().consumerName()).isEqualTo("m-7");
        assertThat(config.settings().policy().retryDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.settings().policy().reconnectAttempts()).isEqualTo(5);
        assertThat(config.settings().policy().quietProbeAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.settings().policy().tickInterval()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theMemoryTransportKeepsItsStateInMemoryAndNeedsNoKey() {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory")));

        assertThat(config.state()).isEqualTo(StateBackend.MEMORY);
        assertThat(config.settings().keys().current().getEncoded()).hasSize(32);
    }

    @Test
    void storedSessionsNeedAnEncryptionKeyAndABadOneIsNeverEchoed() {
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SESSION_ENCRYPTION_KEY is not set");
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("SESSION_ENCRYPTION_KEY", "k1:c2VjcmV0"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SESSION_ENCRYPTION_KEY")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void contradictoryTransportAndStateAreRefused() {
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "redis",
                "MONITOR_STATE", "memory")))).isInstanceOf(ConfigException.class).hasMessageContaining("MONITOR_STATE");
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "carrier-pigeon"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rabbitmq, redis, memory");
    }

    @Test
    void aRabbitUrlWithAPasswordIsNeverEchoed() {
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("RABBITMQ_URL", "http://user:hunter2@host/",
                "SESSION_ENCRYPTION_KEY", KEY))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("RABBITMQ_URL")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void theSandboxIsTheDefaultTelegramAndTdlibNeedsItsCredentials() {
        assertThat(MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory"))).telegram().backend())
                .isEqualTo(TelegramBackend.SANDBOX);

        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "TELEGRAM_BACKEND", "tdlib"))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("TELEGRAM_API_ID is not set");
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "TELEGRAM_BACKEND", "tdlib", "TELEGRAM_API_ID", "12345"))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("TELEGRAM_API_HASH is not set");
        assertThatThrownBy(() -> MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "TELEGRAM_BACKEND", "tdlib", "TELEGRAM_API_ID", "12345",
                "TELEGRAM_API_HASH", "0123456789abcdef0123456789abcdef", "TDLIB_PATH", "/nowhere"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TDLIB_PATH=\"/nowhere\" is invalid");
    }

    @Test
    void theTdlibBackendCarriesItsSettingsWithoutShowingTheHash() {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "TELEGRAM_BACKEND", "tdlib", "TELEGRAM_API_ID", "12345",
                "TELEGRAM_API_HASH", "0123456789abcdef0123456789abcdef", "TDLIB_DATABASE_DIR", "/var/lib/tg")));

        assertThat(config.telegram().tdlib().orElseThrow().databaseDir()).isEqualTo(java.nio.file.Path.of("/var/lib/tg"));
        assertThat(config.telegram().toString()).doesNotContain("0123456789abcdef0123456789abcdef");
    }
}
