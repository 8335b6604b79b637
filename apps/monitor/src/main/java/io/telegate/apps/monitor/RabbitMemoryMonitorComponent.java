package io.telegate.apps.monitor;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The monitor on RabbitMQ (seed 000) with its state in memory (one instance), reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MemoryStateModule.class,
        MetricsAdapterModule.class,
        MonitorAppModule.class,
        MonitorModule.class,
        RabbitMessagingModule.class,
        TelegramModule.class,
})
public interface RabbitMemoryMonitorComponent extends MonitorComponent {

    @Component.Factory
    interface Factory {
        RabbitMemoryMonitorComponent create(@BindsInstance MonitorConfig config, @BindsInstance Clock clock);
    }
}
