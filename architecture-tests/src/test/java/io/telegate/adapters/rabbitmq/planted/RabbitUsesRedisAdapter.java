package io.telegate.adapters.rabbitmq.planted;

import io.telegate.adapters.redis.planted.RedisUsesRabbitAdapter;

/** Planted violation: the other half of a cycle between two adapters. */
public final class RabbitUsesRedisAdapter {
    public RedisUsesRabbitAdapter redis() {
        return new RedisUsesRabbitAdapter();
    }
}
