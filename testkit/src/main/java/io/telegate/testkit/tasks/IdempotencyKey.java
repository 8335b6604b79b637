package io.telegate.testkit.tasks;

import io.telegate.ports.model.notify.Notification;
import java.util.Optional;

/** A tenant's idempotency key: unique per tenant, so two tenants may use the same key. */
record IdempotencyKey(String tenant, String key) {

    static Optional<IdempotencyKey> of(Notification task) {
        return task.request().idempotencyKey().map(key -> new IdempotencyKey(task.tenant(), key));
    }
}
