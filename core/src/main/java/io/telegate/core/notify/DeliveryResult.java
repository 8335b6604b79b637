package io.telegate.core.notify;

import io.telegate.ports.model.notify.NotificationStatus;
import java.time.Instant;
import java.util.Objects;

/** What became of one claimed task in one pass of the worker. */
public sealed interface DeliveryResult {

    /** The task reached a final state. */
    record Finished(NotificationStatus status) implements DeliveryResult {
        public Finished {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The task went back to pending until {@code until} (a rate limit, a retry, or the next part's turn). */
    record Deferred(Instant until) implements DeliveryResult {
        public Deferred {
            Objects.requireNonNull(until, "until");
        }
    }

    /** Another worker claimed the task meanwhile (this one's lease ran out), so this one stopped touching it. */
    record TakenOver() implements DeliveryResult {
    }
}
