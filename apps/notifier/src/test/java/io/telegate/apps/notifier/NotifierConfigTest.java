package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.notify.UnknownPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierConfigTest {

    static final String TOKEN = "123456:AAH-secret_part_of_the_token";
    static final String OTHER_TOKEN = "654321:BBH-another_secret_part";
    static final String SECRET = "a-development-secret-of-32-bytes!";

    private static NotifierConfig config(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("NOTIFIER_BOTS", "default=" + TOKEN,
                "NOTIFIER_JWT_SECRET", SECRET, "HOSTNAME", "box"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return NotifierConfig.from(Env.of(env));
    }

    @Test
    void theDefaultsNeedOnlyABotAndASecret() {
        NotifierConfig config = config();

        assertThat(config.events()).isEqualTo(NotifierEvents.MEMORY);
        assertThat(config.database().url()).startsWith("jdbc:h2:file:./data/telegate;MODE=PostgreSQL");
        assertThat(config.botApi().baseUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(config.botApi().callTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.settings().bots().token(Optional.empty())).contains(new BotToken(TOKEN));
        assertThat(config.settings().policy().lease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.settings().policy().batchSize()).isEqualTo(20);
        assertThat(config.settings().policy().pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.settings().policy().onUnknown()).isEqualTo(UnknownPolicy.SURFACE);
        assertThat(config.settings().limits().perSecond()).isEqualTo(30);
        assertThat(config.settings().workers()).isEqualTo(2);
        assertThat(config.settings().workerId()).startsWith("notifier-box-");
        assertThat(config.settings().jwt().hmacSecret()).contains(SECRET);
        assertThat(config.redis().eventsChannel()).isEqualTo("notifier_events");
        assertThat(config.rabbit().exchange()).isEqualTo("telegate_notify");
        assertThat(config.rabbit().eventsQueue()).isEqualTo("notifier_events");
    }

    @Test
    void variablesOverrideTheDefaults() {
        NotifierConfig config = config("DATABASE_URL", "postgresql://app:pw@db:5432/telegate",
                "DATABASE_SCHEMA", "notify", "NOTIFIER_EVENTS", "rabbitmq", "NOTIFIER_WORKERS", "4",
                "NOTIFIER_BATCH_SIZE", "50", "NOTIFIER_LEASE_SECONDS", "20", "TELEGRAM_BOT_API_TIMEOUT_SECONDS", "5",
                "NOTIFIER_POLL_INTERVAL", "250ms", "NOTIFIER_UNKNOWN_POLICY", "resend", "NOTIFIER_ID", "n-1",
                "TELEGRAM_BOT_API_URL", "http://127.0.0.1:8081", "NOTIFIER_RATE_PER_SECOND", "10");

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db:5432/telegate");
        assertThat(config.database().user()).isEqualTo("app");
        assertThat(config.database().password()).isEqualTo("pw");
        assertThat(config.database().schema()).contains("notify");
        assertThat(config.events()).isEqualTo(NotifierEvents.RABBITMQ);
        assertThat(config.settings().workers()).isEqualTo(4);
        assertThat(config.settings().policy().batchSize()).isEqualTo(50);
        assertThat(config.settings().policy().lease()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.settings().policy().pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.settings().policy().onUnknown()).isEqualTo(UnknownPolicy.RESEND);
        assertThat(config.settings().workerId()).isEqualTo("n-1");
        assertThat(config.settings().limits().perSecond()).isEqualTo(10);
        assertThat(config.botApi().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(config.botApi().callTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.botApi().readTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void namedBotsPickTheirDefault() {
        NotifierConfig named = config("NOTIFIER_BOTS", "default=" + TOKEN + ", alerts=" + OTHER_TOKEN);
        NotifierConfig chosen = config("NOTIFIER_BOTS", "ops=" + TOKEN + ",alerts=" + OTHER_TOKEN,
                "NOTIFIER_DEFAULT_BOT", "alerts");

        assertThat(named.settings().bots().names()).containsExactly("alerts", "default");
        assertThat(named.settings().bots().nameOf(Optional.empty())).isEqualTo("default");
        assertThat(chosen.settings().bots().nameOf(Optional.empty())).isEqualTo("alerts");
        assertThat(chosen.settings().bots().token(Optional.of("ops"))).contains(new BotToken(TOKEN));
        assertThat(chosen.toString()).doesNotContain("secret_part");
    }

    @Test
    void aBadBotEntryIsNamedWithoutShowingAnyToken() {
        assertThatThrownBy(() -> config("NOTIFIER_BOTS", "default=" + TOKEN + ",alerts=not-a-token"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NOTIFIER_BOTS").hasMessageContaining("'alerts'")
                .hasMessageNotContaining("secret_part").hasMessageNotContaining("not-a-token");
        assertThatThrownBy(() -> config("NOTIFIER_BOTS", TOKEN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("entry 1").hasMessageNotContaining("secret_part");
        assertThatThrownBy(() -> config("NOTIFIER_BOTS", "a=" + TOKEN + ",a=" + OTHER_TOKEN))
                .hasMessageContaining("named twice").hasMessageNotContaining("secret_part");
    }

    @Test
    void severalBotsWithoutADefaultNeedOneNamed() {
        assertThatThrownBy(() -> config("NOTIFIER_BOTS", "ops=" + TOKEN + ",alerts=" + OTHER_TOKEN))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NOTIFIER_DEFAULT_BOT");
        assertThatThrownBy(() -> config("NOTIFIER_DEFAULT_BOT", "nobody")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("NOTIFIER_DEFAULT_BOT").hasMessageContaining("default");
    }

    @Test
    void tokensMustBeCheckedSomehow() {
        Map<String, String> env = Map.of("NOTIFIER_BOTS", "default=" + TOKEN);
        assertThatThrownBy(() -> NotifierConfig.from(Env.of(env))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("NOTIFIER_JWT_SECRET").hasMessageContaining("NOTIFIER_JWKS_URL");
        assertThatThrownBy(() -> config("NOTIFIER_JWT_SECRET", "short-secret")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining("short-secret");

        NotifierConfig jwks = NotifierConfig.from(Env.of(Map.of("NOTIFIER_BOTS", "default=" + TOKEN,
                "NOTIFIER_JWKS_URL", "https://id.example.com/.well-known/jwks.json")));
        assertThat(jwks.settings().jwt().jwksUrl()).contains(URI.create("https://id.example.com/.well-known/jwks.json"));
        assertThat(jwks.settings().jwt().hmacSecret()).isEmpty();
    }

    @Test
    void aLeaseThatABotApiCallCouldOutliveIsRefused() {
        assertThatThrownBy(() -> config("NOTIFIER_LEASE_SECONDS", "30")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("NOTIFIER_LEASE_SECONDS").hasMessageContaining("TELEGRAM_BOT_API_TIMEOUT_SECONDS");
    }

    @Test
    void aBotApiUrlWithAPathOrAWrongEventsValueIsOneLineNamingTheVariable() {
        assertThatThrownBy(() -> config("TELEGRAM_BOT_API_URL", "https://api.telegram.org/bot123"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TELEGRAM_BOT_API_URL");
        assertThatThrownBy(() -> config("NOTIFIER_EVENTS", "kafka")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("memory, redis, rabbitmq")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> config("DATABASE_URL", "mysql://db/telegate")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATABASE_URL");
    }
}
