package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.di.RabbitAdapterModule;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;

/**
 * Seed 000's transport: commands from {@code python_bridge_commands} (bound to {@code aivalone_python_bridge} with
 * the key {@code command}), events to the exchange with the key {@code event}; the topology is declared at start.
 */
@Module(includes = RabbitAdapterModule.class)
public interface RabbitMessagingModule {

    @Provides
    static RabbitConfig rabbitConfig(MonitorConfig config) {
        return config.rabbit();
    }

    @Provides
    @ForMonitor
    static CommandQueue monitorQueue(CommandQueue queue) {
        return queue;
    }

    @Provides
    @ForMonitor
    static EventPublisher monitorPublisher(EventPublisher publisher) {
        return publisher;
    }

    @Provides
    @IntoSet
    static Service rabbitConnections(RabbitConnections connections) {
        return Service.of("rabbitmq", Service.Phase.INFRASTRUCTURE, connections::declareTopology, connections::close);
    }
}
