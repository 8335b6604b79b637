package io.telegate.adapters.telegram.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.telegram.bot.BotApiClient;
import io.telegate.adapters.telegram.bot.BotApiConfig;
import io.telegate.adapters.telegram.bot.BotApiHttp;
import io.telegate.adapters.telegram.bot.BotApiHttpClients;
import io.telegate.ports.out.BotApi;
import jakarta.inject.Singleton;
import java.net.URI;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class BotApiAdapterModuleTest {

    @Singleton
    @Component(modules = BotApiAdapterModule.class)
    interface BotApiComponent {
        BotApi botApi();

        @BotApiHttp
        OkHttpClient http();

        @Component.Factory
        interface Factory {
            BotApiComponent create(@BindsInstance BotApiConfig config);
        }
    }

    @Test
    void theBotApiIsOneHttpClientOnOneSharedOkHttpClientSizedByTheConfig() {
        BotApiConfig config = BotApiConfig.defaults(URI.create("http://127.0.0.1:1")).withMaxInFlight(128);
        BotApiComponent component = DaggerBotApiAdapterModuleTest_BotApiComponent.factory().create(config);
        OkHttpClient http = component.http();

        try {
            assertThat(component.botApi()).isInstanceOf(BotApiClient.class).isSameAs(component.botApi());
            assertThat(http).isSameAs(component.http());
            assertThat(http.dispatcher().getMaxRequestsPerHost()).isEqualTo(128);
            assertThat(http.connectionPool().connectionCount()).isZero();
        } finally {
            BotApiHttpClients.shutdown(http);
        }
    }
}
