package io.telegate.adapters.redis.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.redis.RedisCommandQueue;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.redis.RedisConnections;
import io.telegate.adapters.redis.RedisEventPublisher;
import io.telegate.adapters.redis.RedisLeases;
import io.telegate.adapters.redis.RedisStateStore;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.StateStore;
import jakarta.inject.Singleton;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedisAdapterModuleTest {

    @Singleton
    @Component(modules = RedisAdapterModule.class)
    interface RedisComponent {
        CommandQueue commandQueue();

        EventPublisher eventPublisher();

        StateStore stateStore();

        Leases leases();

        Set<HealthCheck> healthChecks();

        RedisConnections connections();

        @Component.Factory
        interface Factory {
            RedisComponent create(@BindsInstance RedisConfig config);
        }
    }

    @Test
    void thePortsAreBoundToRedisWithoutConnectingWhileTheGraphIsBuilt() {
        // Nothing listens on port 1: any connection attempt while building would fail here.
        RedisConfig config = RedisConfig.defaults("redis://127.0.0.1:1/0", "worker-1");
        RedisComponent component = DaggerRedisAdapterModuleTest_RedisComponent.factory().create(config);

        try (RedisConnections connections = component.connections()) {
            assertThat(component.commandQueue()).isInstanceOf(RedisCommandQueue.class)
                    .isSameAs(component.commandQueue());
            assertThat(component.eventPublisher()).isInstanceOf(RedisEventPublisher.class);
            assertThat(component.stateStore()).isInstanceOf(RedisStateStore.class);
            assertThat(component.leases()).isInstanceOf(RedisLeases.class);
            assertThat(component.healthChecks()).extracting(HealthCheck::name).containsExactly("redis");
            assertThat(connections).isSameAs(component.connections());
            assertThat(connections.config()).isSameAs(config);
        }
    }
}
