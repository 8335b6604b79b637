package io.telegate.adapters.jdbc.di;

import dagger.Binds;
import dagger.Module;
import io.telegate.adapters.jdbc.JdbcLeases;
import io.telegate.adapters.jdbc.JdbcStateStore;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.StateStore;
import jakarta.inject.Singleton;

/**
 * Binds leases and key-value state to the database of {@link JdbcAdapterModule}, for apps that run without Redis
 * (the embedded demo); an app on Redis takes those two ports from the Redis module instead.
 */
@Module(includes = JdbcAdapterModule.class)
public interface JdbcStateModule {

    @Binds
    @Singleton
    StateStore stateStore(JdbcStateStore store);

    @Binds
    @Singleton
    Leases leases(JdbcLeases leases);
}
