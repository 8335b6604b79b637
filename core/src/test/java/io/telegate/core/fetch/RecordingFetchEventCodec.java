package io.telegate.core.fetch;

import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.out.Codec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every encoded fetch event as a value, so tests assert on values rather than on JSON. */
final class RecordingFetchEventCodec implements Codec<FetchEvent> {

    private final List<FetchEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public FetchEvent decode(String payload) {
        throw new UnsupportedOperationException("events are only encoded in these tests");
    }

    @Override
    public String encode(FetchEvent value) {
        events.add(value);
        return value.toString();
    }

    List<FetchEvent> events() {
        return List.copyOf(events);
    }

    <T extends FetchEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
