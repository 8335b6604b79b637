package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.di.RabbitAdapterModule;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.Leases;
import io.telegate.testkit.state.InMemoryLeases;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Commands from a RabbitMQ queue bound to an exchange, events published with confirms. RabbitMQ has no leases:
 * the chat-day leases are this process's own, so run one fetcher per data directory on this transport (or use
 * Redis, whose leases several processes share).
 */
@Module(includes = RabbitAdapterModule.class)
public interface RabbitTransportModule {

    @Provides
    static RabbitConfig rabbitConfig(FetcherConfig config) {
        return config.rabbit();
    }

    @Provides
    @Singleton
    static Leases leases(Clock clock) {
        return new InMemoryLeases(clock);
    }

    @Provides
    @IntoSet
    static Service rabbitConnections(RabbitConnections connections) {
        return Service.of("rabbitmq", Service.Phase.INFRASTRUCTURE, connections::declareTopology,
                connections::close);
    }
}
