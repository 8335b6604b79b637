package io.telegate.apps.notifier;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import io.telegate.apps.runtime.di.RuntimeModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The notifier publishing its events on RabbitMQ (NOTIFIER_EVENTS=rabbitmq). Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MetricsAdapterModule.class,
        NotifierAppModule.class,
        NotifierModule.class,
        RabbitEventsModule.class,
        RuntimeModule.class,
})
public interface RabbitNotifierComponent extends NotifierComponent {

    @Component.Factory
    interface Factory {
        RabbitNotifierComponent create(@BindsInstance NotifierConfig config, @BindsInstance Clock clock);
    }
}
