package io.telegate.apps.notifier;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.RedisEventPublisher;
import io.telegate.adapters.redis.RedisHealthCheck;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Singleton;

/**
 * Final-state events on Redis (NOTIFIER_EVENTS=redis): published on the channel {@code notifier_events} and kept in
 * the capped stream {@code notifier_events:stream}. Only the publisher is taken from the Redis adapter: recipient
 * state stays in the database with the tasks.
 */
@Module
public interface RedisEventsModule {

    @Provides
    @Singleton
    static RedisConnections redisConnections(NotifierConfig config) {
        return new RedisConnections(config.redis());
    }

    @Provides
    @ForNotifier
    static EventPublisher notifierEvents(RedisConnections connections) {
        return new RedisEventPublisher(connections);
    }

    @Provides
    @IntoSet
    static HealthCheck redisHealthCheck(RedisConnections connections) {
        return new RedisHealthCheck(connections);
    }

    @Provides
    @IntoSet
    static Service redis(RedisConnections connections) {
        return Service.of("redis", Service.Phase.INFRASTRUCTURE, () -> { }, connections::close);
    }
}
