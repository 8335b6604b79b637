package io.telegate.adapters.jdbc.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcDatabase;
import io.telegate.adapters.jdbc.JdbcLeases;
import io.telegate.adapters.jdbc.JdbcSessionVault;
import io.telegate.adapters.jdbc.JdbcStateStore;
import io.telegate.adapters.jdbc.JdbcTaskStore;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.SessionVault;
import io.telegate.ports.out.StateStore;
import io.telegate.ports.out.TaskStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JdbcAdapterModuleTest {

    @Singleton
    @Component(modules = JdbcStateModule.class)
    interface JdbcComponent {
        TaskStore taskStore();

        SessionVault sessionVault();

        StateStore stateStore();

        Leases leases();

        Set<HealthCheck> healthChecks();

        JdbcDatabase database();

        @Component.Factory
        interface Factory {
            JdbcComponent create(@BindsInstance JdbcConfig config, @BindsInstance Clock clock);
        }
    }

    @Test
    void thePortsAreBoundToTheDatabaseWithoutConnectingWhileTheGraphIsBuilt() {
        // Nothing listens on port 1: any connection attempt while building would fail here.
        JdbcConfig config = JdbcConfig.of("jdbc:postgresql://127.0.0.1:1/telegate");
        JdbcComponent component = DaggerJdbcAdapterModuleTest_JdbcComponent.factory().create(config, Clock.systemUTC());

        try (JdbcDatabase database = component.database()) {
            assertThat(component.taskStore()).isInstanceOf(JdbcTaskStore.class).isSameAs(component.taskStore());
            assertThat(component.sessionVault()).isInstanceOf(JdbcSessionVault.class);
            assertThat(component.stateStore()).isInstanceOf(JdbcStateStore.class);
            assertThat(component.leases()).isInstanceOf(JdbcLeases.class);
            assertThat(component.healthChecks()).extracting(HealthCheck::name).containsExactly("database");
            assertThat(database).isSameAs(component.database());
            assertThat(database.config()).isSameAs(config);
        }
    }
}
