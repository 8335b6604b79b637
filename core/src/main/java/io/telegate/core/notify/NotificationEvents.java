package io.telegate.core.notify;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.TelegateException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces each final state a task reaches, as one event typed {@code delivered}, {@code failed},
 * {@code cancelled} or {@code unknown} and keyed by the task id. Published after the state is saved; a transport
 * failure is logged and the event is not retried (the task store stays the truth).
 */
public final class NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(NotificationEvents.class);

    private final EventPublisher publisher;
    private final Codec<NotificationEvent> codec;

    public NotificationEvents(EventPublisher publisher, Codec<NotificationEvent> codec) {
        this.publisher = publisher;
        this.codec = codec;
    }

    /** Publishes the event of the task's final state; {@code chatId} is where it was (or would have been) sent. */
    void finished(Notification task, String chatId) {
        if (!task.status().isFinal()) {
            return;
        }
        boolean failed = task.status() == NotificationStatus.FAILED || task.status() == NotificationStatus.UNKNOWN;
        Optional<String> error = failed ? task.lastError() : Optional.empty();
        NotificationEvent event = new NotificationEvent(task.id(), task.tenant(), task.status(), chatId,
                task.partsSent(), error, task.updatedAt());
        String type = task.status().name().toLowerCase(Locale.ROOT);
        try {
            publisher.publish(new OutboundEvent(type, task.id(), codec.encode(event)));
        } catch (TelegateException e) {
            log.warn("could not publish the {} event of task {}: {}", type, task.id(), e.getMessage());
        }
    }
}
