package io.telegate.adapters.redis.planted;

import dagger.Lazy;

/** Planted violation: an adapter class uses Dagger outside its di package. */
public final class RedisUsesDaggerOutsideDi {
    private final Lazy<String> connectionName;

    public RedisUsesDaggerOutsideDi(Lazy<String> connectionName) {
        this.connectionName = connectionName;
    }

    public String connectionName() {
        return connectionName.get();
    }
}
