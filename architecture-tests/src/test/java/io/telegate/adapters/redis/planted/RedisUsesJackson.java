package io.telegate.adapters.redis.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted violation: the Redis adapter uses another technology's library (Jackson). */
public final class RedisUsesJackson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
