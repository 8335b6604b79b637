package io.telegate.adapters.redis.planted;

import io.telegate.adapters.rabbitmq.planted.RabbitUsesRedisAdapter;

/** Planted violation: an adapter depends on another adapter. */
public final class RedisUsesRabbitAdapter {
    public RabbitUsesRedisAdapter rabbit() {
        return new RabbitUsesRedisAdapter();
    }
}
