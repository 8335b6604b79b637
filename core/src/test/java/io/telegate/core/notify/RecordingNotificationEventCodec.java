package io.telegate.core.notify;

import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.out.Codec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every encoded notification event as a value, so tests assert on values rather than on JSON. */
final class RecordingNotificationEventCodec implements Codec<NotificationEvent> {

    private final List<NotificationEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public NotificationEvent decode(String payload) {
        throw new UnsupportedOperationException("events are only encoded in these tests");
    }

    @Override
    public String encode(NotificationEvent value) {
        events.add(value);
        return value.toString();
    }

    List<NotificationEvent> events() {
        return List.copyOf(events);
    }

    List<NotificationEvent> of(String taskId) {
        return events.stream().filter(e -> e.taskId().equals(taskId)).toList();
    }
}
