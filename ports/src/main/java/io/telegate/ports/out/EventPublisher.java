package io.telegate.ports.out;

import io.telegate.ports.model.OutboundEvent;

/**
 * Where events go out to other services.
 *
 * <p>Contract: {@link #publish} returns only once the transport has confirmed the event is stored or handed
 * to subscribers (a broker confirm, a successful write); otherwise it throws {@link TransientFailure} and the
 * caller still holds the event. Events published by one thread arrive in publication order. Thread-safe.
 */
public interface EventPublisher {

    /** Publishes one event and waits for the confirm. */
    void publish(OutboundEvent event);
}
