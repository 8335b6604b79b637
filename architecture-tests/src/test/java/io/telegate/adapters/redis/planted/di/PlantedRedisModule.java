package io.telegate.adapters.redis.planted.di;

import dagger.Module;
import dagger.Provides;

/** Allowed: an adapter's Dagger module lives in its di package. */
@Module
public interface PlantedRedisModule {
    @Provides
    static String connectionName() {
        return "planted";
    }
}
