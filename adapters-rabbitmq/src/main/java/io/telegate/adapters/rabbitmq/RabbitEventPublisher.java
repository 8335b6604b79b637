package io.telegate.adapters.rabbitmq;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link EventPublisher} on the RabbitMQ exchange of seed 000: each event goes to the exchange with the events
 * routing key ({@code event}, so into {@code python_bridge_events}), persistent, {@code application/json}, with
 * a {@value #TYPE_HEADER} header naming the event, and counts as published once the broker confirmed it.
 *
 * <p>A nack, a confirm that does not come within {@link RabbitConfig#confirmTimeout()}, an unroutable event and
 * a lost connection all throw {@link io.telegate.ports.out.TransientFailure}; the caller still holds the event.
 * Publishes are serialised on one confirm channel (see {@link ConfirmedPublisher}). Thread-safe.
 */
public final class RabbitEventPublisher implements EventPublisher {

    static final String TYPE_HEADER = "type";

    private final RabbitConnections connections;
    private final RabbitConfig config;

    @Inject
    public RabbitEventPublisher(RabbitConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.config = connections.config();
    }

    @Override
    public void publish(OutboundEvent event) {
        Objects.requireNonNull(event, "event");
        connections.publish("publish " + event.type() + " event", config.exchange(), config.eventsRoutingKey(),
                RabbitMessages.persistentJson(Map.of(TYPE_HEADER, event.type())),
                event.payload().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RabbitEventPublisher[" + config.exchange() + " -> " + config.eventsRoutingKey() + "]";
    }
}
