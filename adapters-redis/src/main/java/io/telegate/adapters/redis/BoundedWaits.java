package io.telegate.adapters.redis;

import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits on Lettuce's futures, failing as the ports' failures. */
final class BoundedWaits {

    private BoundedWaits() {
    }

    /** The future's value, waiting at most {@code patience}; timeouts and failures become transient failures. */
    static <T> T await(String operation, CompletableFuture<T> future, Duration patience) {
        try {
            return future.get(saturatedNanos(patience), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("Redis " + operation + " was interrupted", interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw RedisFailures.translate(operation, failure);
        }
    }

    /** {@code duration} in nanoseconds, or {@link Long#MAX_VALUE} when it is too long to count so. */
    static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
