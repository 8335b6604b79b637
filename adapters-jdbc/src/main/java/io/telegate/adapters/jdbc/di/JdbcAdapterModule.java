package io.telegate.adapters.jdbc.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcDatabase;
import io.telegate.adapters.jdbc.JdbcDeliveryAttempts;
import io.telegate.adapters.jdbc.JdbcHealthCheck;
import io.telegate.adapters.jdbc.JdbcSessionVault;
import io.telegate.adapters.jdbc.JdbcTaskStore;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.SessionVault;
import io.telegate.ports.out.TaskStore;
import jakarta.inject.Singleton;

/**
 * Binds the task store, the delivery attempt log and the session vault to the database of the component's
 * {@link JdbcConfig}, and adds the {@code database} health check. Nothing connects while the graph is built: the app runs
 * {@link JdbcDatabase#migrate()} at start and closes the {@link JdbcDatabase} when it stops. Add
 * {@link JdbcStateModule} to keep leases and key-value state in the same database. Needs a {@link java.time.Clock}.
 */
@Module
public interface JdbcAdapterModule {

    @Binds
    @Singleton
    TaskStore taskStore(JdbcTaskStore store);

    @Binds
    @Singleton
    DeliveryAttempts deliveryAttempts(JdbcDeliveryAttempts attempts);

    @Binds
    @Singleton
    SessionVault sessionVault(JdbcSessionVault vault);

    @Binds
    @IntoSet
    HealthCheck databaseHealthCheck(JdbcHealthCheck check);

    @Provides
    @Singleton
    static JdbcDatabase jdbcDatabase(JdbcConfig config) {
        return new JdbcDatabase(config);
    }
}
