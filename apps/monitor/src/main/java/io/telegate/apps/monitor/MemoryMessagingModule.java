package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.apps.runtime.http.EventListRoutes;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.testkit.messaging.InMemoryCommandQueue;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The embedded transport: monitoring commands and events in this process (commands through
 * {@code POST /api/monitor/commands}, events at {@code GET /api/monitor/events}).
 */
@Module
public interface MemoryMessagingModule {

    @Provides
    @Singleton
    @ForMonitor
    static InMemoryCommandQueue inMemoryMonitorQueue(Clock clock) {
        return new InMemoryCommandQueue(clock);
    }

    @Provides
    @ForMonitor
    static CommandQueue monitorQueue(@ForMonitor InMemoryCommandQueue queue) {
        return queue;
    }

    @Provides
    @Singleton
    @ForMonitor
    static InMemoryEventPublisher inMemoryMonitorPublisher() {
        return new InMemoryEventPublisher();
    }

    @Provides
    @ForMonitor
    static EventPublisher monitorPublisher(@ForMonitor InMemoryEventPublisher publisher) {
        return publisher;
    }

    @Provides
    @IntoSet
    static HttpRoutes monitorEventRoutes(@ForMonitor InMemoryEventPublisher publisher) {
        return new EventListRoutes("/api/monitor/events", publisher::published);
    }
}
