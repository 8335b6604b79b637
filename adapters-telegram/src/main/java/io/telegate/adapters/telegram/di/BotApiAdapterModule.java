package io.telegate.adapters.telegram.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.telegate.adapters.telegram.bot.BotApiClient;
import io.telegate.adapters.telegram.bot.BotApiConfig;
import io.telegate.adapters.telegram.bot.BotApiHttp;
import io.telegate.adapters.telegram.bot.BotApiHttpClients;
import io.telegate.ports.out.BotApi;
import jakarta.inject.Singleton;
import okhttp3.OkHttpClient;

/**
 * Binds the {@link BotApi} to the Bot API over HTTP, on one OkHttp client made from the component's
 * {@link BotApiConfig}. Nothing connects until the first call; the app may stop the client with
 * {@link BotApiHttpClients#shutdown}.
 */
@Module
public interface BotApiAdapterModule {

    @Binds
    @Singleton
    BotApi botApi(BotApiClient client);

    @Provides
    @Singleton
    @BotApiHttp
    static OkHttpClient botApiHttpClient(BotApiConfig config) {
        return BotApiHttpClients.create(config);
    }
}
