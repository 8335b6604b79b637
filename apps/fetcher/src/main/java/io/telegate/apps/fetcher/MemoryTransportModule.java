package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.apps.runtime.http.EventListRoutes;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Leases;
import io.telegate.testkit.messaging.InMemoryCommandQueue;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.state.InMemoryLeases;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The embedded default transport: commands, events and leases in this process (one fetcher, no servers). */
@Module
public interface MemoryTransportModule {

    @Provides
    @Singleton
    static InMemoryCommandQueue inMemoryCommandQueue(Clock clock) {
        return new InMemoryCommandQueue(clock);
    }

    @Provides
    static CommandQueue commandQueue(InMemoryCommandQueue queue) {
        return queue;
    }

    @Provides
    @Singleton
    static InMemoryEventPublisher inMemoryEventPublisher() {
        return new InMemoryEventPublisher();
    }

    @Provides
    static EventPublisher eventPublisher(InMemoryEventPublisher publisher) {
        return publisher;
    }

    @Provides
    @IntoSet
    static HttpRoutes eventRoutes(InMemoryEventPublisher publisher) {
        return new EventListRoutes("/api/events", publisher::published);
    }

    @Provides
    @Singleton
    static Leases leases(Clock clock) {
        return new InMemoryLeases(clock);
    }
}
