package io.telegate.adapters.redis;

import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisReadOnlyException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Translates Lettuce's exceptions into the ports' failures at the adapter's edge.
 *
 * <p>Lost connections, timeouts and a server that is loading, busy, read-only or out of memory are transient;
 * any other error the server answers (a wrong type, a script or usage error, bad credentials) is permanent.
 * Messages carry the operation and the server's error text, never the URL (which may hold a password).
 */
final class RedisFailures {

    /** Server error codes that describe a passing state of the server rather than a wrong request. */
    private static final Set<String> TRANSIENT_ERROR_CODES =
            Set.of("LOADING", "BUSY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "READONLY", "OOM");

    private RedisFailures() {
    }

    /** The failure to throw for {@code failure}, which happened while doing {@code operation}. */
    static RuntimeException translate(String operation, Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof TelegateException already) {
            return already;
        }
        if (cause instanceof RedisCommandInterruptedException) {
            Thread.currentThread().interrupt();
            return new TransientFailure("Redis " + operation + " was interrupted", cause);
        }
        if (cause instanceof RedisBusyException || cause instanceof RedisLoadingException
                || cause instanceof RedisReadOnlyException) {
            return new TransientFailure("Redis " + operation + " failed: " + cause.getMessage(), cause);
        }
        if (cause instanceof RedisCommandExecutionException serverError) {
            String message = "Redis " + operation + " failed: " + serverError.getMessage();
            return isTransientCode(serverError.getMessage())
                    ? new TransientFailure(message, serverError)
                    : new PermanentFailure(message, serverError);
        }
        if (cause instanceof RedisException || cause instanceof java.io.IOException
                || cause instanceof java.util.concurrent.TimeoutException) {
            return new TransientFailure("Redis " + operation + " failed: " + cause.getClass().getSimpleName(), cause);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new TransientFailure("Redis " + operation + " failed: " + cause.getClass().getSimpleName(), cause);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isTransientCode(String message) {
        if (message == null) {
            return false;
        }
        int space = message.indexOf(' ');
        return TRANSIENT_ERROR_CODES.contains(space < 0 ? message : message.substring(0, space));
    }
}
