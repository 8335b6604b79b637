package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class BotApiHttpClientsTest {

    @Test
    void theSharedClientFollowsTheConfigAndNeverSendsARequestTwice() {
        BotApiConfig config = new BotApiConfig(URI.create("http://127.0.0.1:8081"), 96, Duration.ofSeconds(2),
                Duration.ofSeconds(7), Duration.ofSeconds(11));

        OkHttpClient http = BotApiHttpClients.create(config);
        try {
            assertThat(http.dispatcher().getMaxRequests()).isEqualTo(96);
            assertThat(http.dispatcher().getMaxRequestsPerHost()).isEqualTo(96);
            assertThat(http.retryOnConnectionFailure()).isFalse();
            assertThat(http.followRedirects()).isFalse();
            assertThat(http.connectTimeoutMillis()).isEqualTo(2_000);
            assertThat(http.readTimeoutMillis()).isEqualTo(7_000);
            assertThat(http.callTimeoutMillis()).isEqualTo(11_000);
            assertThat(http.networkInterceptors()).hasAtLeastOneElementOfType(BufferedExchange.class);
        } finally {
            BotApiHttpClients.shutdown(http);
        }
        assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
    }
}
