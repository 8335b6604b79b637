package io.telegate.core.notify;

import io.telegate.ports.model.notify.UnknownPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the delivery worker works.
 *
 * @param batchSize    tasks claimed at once
 * @param lease        how long a claim lasts; must comfortably exceed the Bot API client's request timeout, since a
 *                     worker that outlives its lease loses the task to another worker
 * @param maxAttempts  transient failures in a row after which a task fails (the first try counts)
 * @param backoffBase  the wait after the first transient failure; doubles with each further one
 * @param backoffMax   no wait is longer
 * @param jitter       up to this fraction of the wait is added at random, so retries of many tasks spread out
 * @param pollInterval how long an idle worker waits before claiming again
 * @param onUnknown    what to do, unless a task says otherwise, when a send may or may not have arrived
 */
public record DeliveryPolicy(int batchSize, Duration lease, int maxAttempts, Duration backoffBase,
                             Duration backoffMax, double jitter, Duration pollInterval, UnknownPolicy onUnknown) {

    public DeliveryPolicy {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter is a fraction from 0 to 1, was " + jitter);
        }
        requirePositive(lease, "lease");
        requirePositive(backoffBase, "backoffBase");
        requirePositive(backoffMax, "backoffMax");
        requirePositive(pollInterval, "pollInterval");
        Objects.requireNonNull(onUnknown, "onUnknown");
    }

    /** Production defaults: 20 per batch, 60 s lease, 5 attempts, 2 s doubling to 5 min, 20 % jitter, no resend. */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(20, Duration.ofSeconds(60), 5, Duration.ofSeconds(2), Duration.ofMinutes(5), 0.2,
                Duration.ofSeconds(1), UnknownPolicy.SURFACE);
    }

    /** The wait after the {@code failures}-th transient failure in a row: base * 2^(failures-1), capped, + jitter. */
    public Duration backoff(int failures, RandomGenerator random) {
        Duration wait = backoffBase.multipliedBy(1L << Math.clamp(failures - 1, 0, 30));
        if (wait.compareTo(backoffMax) > 0) {
            wait = backoffMax;
        }
        long extra = (long) (wait.toMillis() * jitter);
        return extra > 0 ? wait.plusMillis(random.nextLong(extra + 1)) : wait;
    }

    public DeliveryPolicy withOnUnknown(UnknownPolicy policy) {
        return new DeliveryPolicy(batchSize, lease, maxAttempts, backoffBase, backoffMax, jitter, pollInterval, policy);
    }

    public DeliveryPolicy withMaxAttempts(int attempts) {
        return new DeliveryPolicy(batchSize, lease, attempts, backoffBase, backoffMax, jitter, pollInterval, onUnknown);
    }

    public DeliveryPolicy withBatchSize(int size) {
        return new DeliveryPolicy(size, lease, maxAttempts, backoffBase, backoffMax, jitter, pollInterval, onUnknown);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
