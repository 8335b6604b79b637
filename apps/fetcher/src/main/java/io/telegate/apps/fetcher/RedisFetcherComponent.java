package io.telegate.apps.fetcher;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.files.di.FilesAdapterModule;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import io.telegate.apps.runtime.di.RuntimeModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The fetcher on Redis (seed 002), reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        FetcherAppModule.class,
        FetcherModule.class,
        FilesAdapterModule.class,
        HttpAdapterModule.class,
        MetricsAdapterModule.class,
        RedisTransportModule.class,
        RuntimeModule.class,
        TelegramModule.class,
})
public interface RedisFetcherComponent extends FetcherComponent {

    @Component.Factory
    interface Factory {
        RedisFetcherComponent create(@BindsInstance FetcherConfig config, @BindsInstance Clock clock);
    }
}
