package io.telegate.adapters.redis.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.redis.RedisCommandQueue;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.RedisEventPublisher;
import io.telegate.adapters.redis.RedisHealthCheck;
import io.telegate.adapters.redis.RedisLeases;
import io.telegate.adapters.redis.RedisStateStore;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.StateStore;
import jakarta.inject.Singleton;

/**
 * Binds the command queue, event publisher, state store and leases to Redis, and adds its health check, all on
 * one {@link RedisConnections} made from the component's {@link RedisConfig}. Nothing connects until first use;
 * the app closes the {@link RedisConnections} when it stops.
 */
@Module
public interface RedisAdapterModule {

    @Binds
    @Singleton
    CommandQueue commandQueue(RedisCommandQueue queue);

    @Binds
    @Singleton
    EventPublisher eventPublisher(RedisEventPublisher publisher);

    @Binds
    @Singleton
    StateStore stateStore(RedisStateStore store);

    @Binds
    @Singleton
    Leases leases(RedisLeases leases);

    @Binds
    @IntoSet
    HealthCheck redisHealthCheck(RedisHealthCheck check);

    @Provides
    @Singleton
    static RedisConnections redisConnections(RedisConfig config) {
        return new RedisConnections(config);
    }
}
