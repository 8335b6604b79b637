package io.telegate.apps.notifier;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.RabbitEventPublisher;
import io.telegate.adapters.rabbitmq.RabbitHealthCheck;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Singleton;

/**
 * Final-state events on RabbitMQ (NOTIFIER_EVENTS=rabbitmq): published with confirms to the exchange
 * {@code telegate_notify} with the key {@code event}, into the queue {@code notifier_events}; the topology is
 * declared when the app starts.
 */
@Module
public interface RabbitEventsModule {

    @Provides
    @Singleton
    static RabbitConnections rabbitConnections(NotifierConfig config) {
        return new RabbitConnections(config.rabbit());
    }

    @Provides
    @ForNotifier
    static EventPublisher notifierEvents(RabbitConnections connections) {
        return new RabbitEventPublisher(connections);
    }

    @Provides
    @IntoSet
    static HealthCheck rabbitHealthCheck(RabbitConnections connections) {
        return new RabbitHealthCheck(connections);
    }

    @Provides
    @IntoSet
    static Service rabbitmq(RabbitConnections connections) {
        return Service.of("rabbitmq", Service.Phase.INFRASTRUCTURE, connections::declareTopology, connections::close);
    }
}
