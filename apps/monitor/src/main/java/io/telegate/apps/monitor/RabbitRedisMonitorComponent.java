package io.telegate.apps.monitor;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The monitor on RabbitMQ (seed 000) with its state and leases in Redis, reading the Telegram TELEGRAM_BACKEND names. Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MetricsAdapterModule.class,
        MonitorAppModule.class,
        MonitorModule.class,
        RabbitMessagingModule.class,
        RedisStateModule.class,
        TelegramModule.class,
})
public interface RabbitRedisMonitorComponent extends MonitorComponent {

    @Component.Factory
    interface Factory {
        RabbitRedisMonitorComponent create(@BindsInstance MonitorConfig config, @BindsInstance Clock clock);
    }
}
