package io.telegate.core.monitor;

import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.out.Codec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Encodes each event as a token and decodes the token back to the very value, so tests read the published
 * payloads as values, in publication order, without JSON.
 */
final class RecordingMonitorEventCodec implements Codec<MonitorEvent> {

    private final Map<String, MonitorEvent> encoded = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    @Override
    public MonitorEvent decode(String payload) {
        MonitorEvent event = encoded.get(payload);
        if (event == null) {
            throw new IllegalArgumentException("not an event this codec encoded: " + payload);
        }
        return event;
    }

    @Override
    public String encode(MonitorEvent value) {
        String token = "event-" + next.incrementAndGet();
        encoded.put(token, value);
        return token;
    }
}
