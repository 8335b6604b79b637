package io.telegate.adapters.rabbitmq.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.rabbitmq.RabbitCommandQueue;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.RabbitEventPublisher;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Singleton;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RabbitAdapterModuleTest {

    @Singleton
    @Component(modules = RabbitAdapterModule.class)
    interface RabbitComponent {
        CommandQueue commandQueue();

        EventPublisher eventPublisher();

        Set<HealthCheck> healthChecks();

        RabbitConnections connections();

        @Component.Factory
        interface Factory {
            RabbitComponent create(@BindsInstance RabbitConfig config);
        }
    }

    @Test
    void thePortsAreBoundToRabbitMqWithoutConnectingWhileTheGraphIsBuilt() {
        // Nothing listens on port 1: any connection attempt while building would fail here.
        RabbitConfig config = RabbitConfig.defaults("amqp://guest:guest@127.0.0.1:1/");
        RabbitComponent component = DaggerRabbitAdapterModuleTest_RabbitComponent.factory().create(config);

        try (RabbitConnections connections = component.connections()) {
            assertThat(component.commandQueue()).isInstanceOf(RabbitCommandQueue.class)
                    .isSameAs(component.commandQueue());
            assertThat(component.eventPublisher()).isInstanceOf(RabbitEventPublisher.class);
            assertThat(component.healthChecks()).extracting(HealthCheck::name).containsExactly("rabbitmq");
            assertThat(connections).isSameAs(component.connections());
            assertThat(connections.config()).isSameAs(config);
            assertThat(connections.isConnected()).isFalse();
        }
    }
}
