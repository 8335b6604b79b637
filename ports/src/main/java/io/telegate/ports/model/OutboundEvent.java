package io.telegate.ports.model;

import java.util.Objects;

/**
 * An encoded event on its way to subscribers.
 *
 * @param type    the event's name ({@code incoming_telegram_message}, {@code progress}, ...)
 * @param key     what orders it: events with the same key (a chat id, a command id) keep their order
 * @param payload the encoded event (JSON)
 */
public record OutboundEvent(String type, String key, String payload) {

    public OutboundEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
