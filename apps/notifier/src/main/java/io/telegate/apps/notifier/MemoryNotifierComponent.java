package io.telegate.apps.notifier;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import io.telegate.apps.runtime.di.RuntimeModule;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The notifier with its events kept in this process (NOTIFIER_EVENTS=memory). Modules listed alphabetically. */
@Singleton
@Component(modules = {
        HttpAdapterModule.class,
        MemoryEventsModule.class,
        MetricsAdapterModule.class,
        NotifierAppModule.class,
        NotifierModule.class,
        RuntimeModule.class,
})
public interface MemoryNotifierComponent extends NotifierComponent {

    /** The events published so far, oldest first. */
    @ForNotifier
    InMemoryEventPublisher events();

    @Component.Factory
    interface Factory {
        MemoryNotifierComponent create(@BindsInstance NotifierConfig config, @BindsInstance Clock clock);
    }
}
