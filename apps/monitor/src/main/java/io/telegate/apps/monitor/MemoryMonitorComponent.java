package io.telegate.apps.monitor;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The monitor on the in-memory transport and state (one instance, nothing survives a restart), reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MemoryMessagingModule.class,
        MemoryStateModule.class,
        MetricsAdapterModule.class,
        MonitorAppModule.class,
        MonitorModule.class,
        TelegramModule.class,
})
public interface MemoryMonitorComponent extends MonitorComponent {

    @Component.Factory
    interface Factory {
        MemoryMonitorComponent create(@BindsInstance MonitorConfig config, @BindsInstance Clock clock);
    }
}
