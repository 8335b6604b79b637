package io.telegate.apps.notifier;

import dagger.Module;
import dagger.Provides;
import io.telegate.ports.out.EventPublisher;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import jakarta.inject.Singleton;

/** Final-state events kept in this process (NOTIFIER_EVENTS=memory): nothing to subscribe to, the task API tells all. */
@Module
public interface MemoryEventsModule {

    @Provides
    @Singleton
    @ForNotifier
    static InMemoryEventPublisher inMemoryNotifierEvents() {
        return new InMemoryEventPublisher();
    }

    @Provides
    @ForNotifier
    static EventPublisher notifierEvents(@ForNotifier InMemoryEventPublisher publisher) {
        return publisher;
    }
}
