package io.telegate.apps.monitor;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.RedisHealthCheck;
import io.telegate.adapters.redis.RedisLeases;
import io.telegate.adapters.redis.RedisStateStore;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.StateStore;
import jakarta.inject.Singleton;

/**
 * Monitored chats and leases in Redis while commands and events travel another way (RabbitMQ): the part of the
 * Redis adapter the monitor's state needs, on its own connections.
 */
@Module
public interface RedisStateModule {

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
    static RedisConfig redisConfig(MonitorConfig config) {
        return config.redis();
    }

    @Provides
    @Singleton
    static RedisConnections redisConnections(RedisConfig config) {
        return new RedisConnections(config);
    }

    @Provides
    @IntoSet
    static Service redisConnectionsService(RedisConnections connections) {
        return Service.of("redis", Service.Phase.INFRASTRUCTURE, () -> { }, connections::close);
    }
}
