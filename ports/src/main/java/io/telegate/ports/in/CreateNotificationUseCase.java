package io.telegate.ports.in;

import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.UnknownPolicy;
import java.util.Optional;

/**
 * Accepts a notification for delivery (seed 003's {@code POST /api/tasks/create}).
 *
 * <p>Contract: the request is validated as a whole and an {@link InvalidRequestException} lists every invalid
 * field (chat id, text length, parse mode, keyboard buttons, send time, bot, idempotency key). Texts longer than
 * one Telegram message are accepted up to the configured maximum and delivered in parts. Creating twice with the
 * same idempotency key (per tenant) returns {@link CreateOutcome.Duplicate} with the first task unchanged.
 * {@code onUnknown} overrides the service's policy for this task when a send may or may not have arrived.
 */
public interface CreateNotificationUseCase {

    CreateOutcome create(NotificationRequest request, Optional<UnknownPolicy> onUnknown);

    /** Creates under the service's default policy for ambiguous sends. */
    default CreateOutcome create(NotificationRequest request) {
        return create(request, Optional.empty());
    }
}
