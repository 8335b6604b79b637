package io.telegate.apps.fetcher;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.files.di.FilesAdapterModule;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import io.telegate.apps.runtime.di.RuntimeModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The fetcher on the in-memory transport, reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        FetcherAppModule.class,
        FetcherModule.class,
        FilesAdapterModule.class,
        HttpAdapterModule.class,
        MemoryTransportModule.class,
        MetricsAdapterModule.class,
        RuntimeModule.class,
        TelegramModule.class,
})
public interface MemoryFetcherComponent extends FetcherComponent {

    @Component.Factory
    interface Factory {
        MemoryFetcherComponent create(@BindsInstance FetcherConfig config, @BindsInstance Clock clock);
    }
}
