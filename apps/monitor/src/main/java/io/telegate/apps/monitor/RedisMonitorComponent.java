package io.telegate.apps.monitor;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The monitor on Redis (commands, events, state and leases), reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MetricsAdapterModule.class,
        MonitorAppModule.class,
        MonitorModule.class,
        RedisMessagingModule.class,
        TelegramModule.class,
})
public interface RedisMonitorComponent extends MonitorComponent {

    @Component.Factory
    interface Factory {
        RedisMonitorComponent create(@BindsInstance MonitorConfig config, @BindsInstance Clock clock);
    }
}
