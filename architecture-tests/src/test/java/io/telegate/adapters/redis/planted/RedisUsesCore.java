package io.telegate.adapters.redis.planted;

import io.telegate.core.planted.SomeCoreType;

/** Planted violation: an adapter depends on the core. */
public final class RedisUsesCore {
    public String coreName(SomeCoreType core) {
        return core.name();
    }
}
