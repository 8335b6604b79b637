package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.di.RedisAdapterModule;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;

/**
 * Everything on Redis: commands from the list {@code python_bridge_commands}, events on the channel (and stream)
 * {@code python_bridge_events}, monitored chats and leases in Redis keys.
 */
@Module(includes = RedisAdapterModule.class)
public interface RedisMessagingModule {

    @Provides
    static RedisConfig redisConfig(MonitorConfig config) {
        return config.redis();
    }

    @Provides
    @ForMonitor
    static CommandQueue monitorQueue(CommandQueue queue) {
        return queue;
    }

    @Provides
    @ForMonitor
    static EventPublisher monitorPublisher(EventPublisher publisher) {
        return publisher;
    }

    @Provides
    @IntoSet
    static Service redisConnections(RedisConnections connections) {
        return Service.of("redis", Service.Phase.INFRASTRUCTURE, () -> { }, connections::close);
    }
}
