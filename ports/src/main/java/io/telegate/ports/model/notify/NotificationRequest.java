package io.telegate.ports.model.notify;

import io.telegate.ports.model.bot.OutgoingMessage;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tenant asked to send (seed 003's task).
 *
 * @param tenant         the owner: the JWT subject that created it
 * @param message        chat, text, parse mode, keyboard, silent flag
 * @param sendAt         not before this time; empty for as soon as possible
 * @param priority       high, normal or low
 * @param bot            which configured bot sends it; empty for the default bot
 * @param idempotencyKey creating twice with the same key (per tenant) returns the first task
 */
public record NotificationRequest(String tenant, OutgoingMessage message, Optional<Instant> sendAt,
                                  Priority priority, Optional<String> bot, Optional<String> idempotencyKey) {

    public NotificationRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sendAt, "send_at");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(idempotencyKey, "idempotency_key");
    }
}
