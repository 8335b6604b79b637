package io.telegate.adapters.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.telegate.ports.out.StateStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link StateStore} on Redis strings under the configured key prefix ({@code telegate:} + key), with expiry
 * kept by Redis itself; {@code compareAndSet} is a Lua script that keeps the key's time-to-live.
 */
public final class RedisStateStore implements StateStore {

    private static final LuaScript COMPARE_AND_SET = LuaScript.named("compare_and_set");

    private final RedisConnections redis;
    private final String prefix;

    @Inject
    public RedisStateStore(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = redis.config().keyPrefix();
    }

    @Override
    public Optional<String> get(String key) {
        String redisKey = keyOf(key);
        return Optional.ofNullable(redis.call("read state", commands -> commands.get(redisKey)));
    }

    @Override
    public void put(String key, String value, Optional<Duration> ttl) {
        String redisKey = keyOf(key);
        Objects.requireNonNull(value, "value");
        SetArgs args = expiry(ttl);
        redis.call("write state", commands -> commands.set(redisKey, value, args));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Optional<Duration> ttl) {
        String redisKey = keyOf(key);
        Objects.requireNonNull(value, "value");
        SetArgs args = expiry(ttl).nx();
        return "OK".equals(redis.call("write state if absent", commands -> commands.set(redisKey, value, args)));
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        String redisKey = keyOf(key);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(value, "value");
        Long replaced = redis.call("compare and set state", commands -> COMPARE_AND_SET.run(commands,
                ScriptOutputType.INTEGER, new String[] {redisKey}, expected, value));
        return replaced == 1L;
    }

    @Override
    public boolean delete(String key) {
        String redisKey = keyOf(key);
        return redis.call("delete state", commands -> commands.del(redisKey)) > 0;
    }

    private String keyOf(String key) {
        return prefix + Objects.requireNonNull(key, "key");
    }

    /** {@code PX} for a TTL (rounded up to whole milliseconds, as Redis counts), nothing for none. */
    private static SetArgs expiry(Optional<Duration> ttl) {
        Objects.requireNonNull(ttl, "ttl");
        SetArgs args = new SetArgs();
        ttl.ifPresent(duration -> args.px(Ttl.millis(duration)));
        return args;
    }
}
