package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.di.RedisAdapterModule;
import io.telegate.apps.runtime.lifecycle.Service;

/** Seed 002's transport: commands from the Redis list, events on Pub/Sub and a stream, leases in Redis. */
@Module(includes = RedisAdapterModule.class)
public interface RedisTransportModule {

    @Provides
    static RedisConfig redisConfig(FetcherConfig config) {
        return config.redis();
    }

    @Provides
    @IntoSet
    static Service redisConnections(RedisConnections connections) {
        return Service.of("redis", Service.Phase.INFRASTRUCTURE, () -> { }, connections::close);
    }
}
