package io.telegate.adapters.rabbitmq.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.rabbitmq.RabbitCommandQueue;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.RabbitEventPublisher;
import io.telegate.adapters.rabbitmq.RabbitHealthCheck;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Singleton;

/**
 * Binds the command queue and the event publisher to RabbitMQ, and adds its health check, all on one
 * {@link RabbitConnections} made from the component's {@link RabbitConfig}. Nothing connects until first use; the
 * app calls {@link RabbitConnections#declareTopology()} when it starts and closes the connections when it stops.
 */
@Module
public interface RabbitAdapterModule {

    @Binds
    @Singleton
    CommandQueue commandQueue(RabbitCommandQueue queue);

    @Binds
    @Singleton
    EventPublisher eventPublisher(RabbitEventPublisher publisher);

    @Binds
    @IntoSet
    HealthCheck rabbitHealthCheck(RabbitHealthCheck check);

    @Provides
    @Singleton
    static RabbitConnections rabbitConnections(RabbitConfig config) {
        return new RabbitConnections(config);
    }
}
