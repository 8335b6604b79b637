package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class BotApiConfigTest {

    @Test
    void theBaseUrlBecomesTheLibrarysUrlWithTheSchemesDefaultPort() {
        assertThat(BotApiConfig.defaults(BotApiConfig.TELEGRAM).telegramUrl())
                .isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
        assertThat(BotApiConfig.defaults(URI.create("http://bot-api.internal")).telegramUrl())
                .isEqualTo(new TelegramUrl("http", "bot-api.internal", 80, false));
        assertThat(BotApiConfig.defaults(URI.create("HTTP://127.0.0.1:8081/")).telegramUrl())
                .isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
    }

    @Test
    void defaultsAllowSixtyFourRequestsInFlight() {
        BotApiConfig config = BotApiConfig.defaults(BotApiConfig.TELEGRAM);

        assertThat(config.maxInFlight()).isEqualTo(64);
        assertThat(config.withMaxInFlight(200).maxInFlight()).isEqualTo(200);
        assertThat(config.withReadTimeout(Duration.ofSeconds(3)).readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.withCallTimeout(Duration.ofSeconds(9)).callTimeout()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void urlsWithPathsCredentialsOrOtherSchemesAreRefused() {
        for (String url : new String[] {"ftp://api.telegram.org", "https://api.telegram.org/bot", "api.telegram.org",
                "https://user:pass@api.telegram.org", "https://api.telegram.org?x=1"}) {
            assertThatThrownBy(() -> BotApiConfig.defaults(URI.create(url)))
                    .as(url).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> BotApiConfig.defaults(URI.create("https://user:pass@api.telegram.org")))
                .message().doesNotContain("pass");
    }

    @Test
    void limitsAndTimeoutsMustBePositive() {
        BotApiConfig config = BotApiConfig.defaults(BotApiConfig.TELEGRAM);

        assertThatThrownBy(() -> config.withMaxInFlight(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withMaxInFlight(BotApiConfig.MAX_IN_FLIGHT_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withReadTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withCallTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
