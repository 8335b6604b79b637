package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Translates the RabbitMQ client's exceptions into the ports' failures at the adapter's edge.
 *
 * <p>Lost connections, timeouts and a broker that closes a connection or channel for a passing reason are
 * transient; refused credentials and the broker's answers to a wrong request (access refused, a precondition that
 * failed, a command it does not allow) are permanent. Messages carry the operation and the broker's reply text,
 * never the URL (which may hold a password).
 */
final class RabbitFailures {

    /** AMQP reply codes that describe a wrong request rather than a passing state of the broker. */
    private static final Set<Integer> PERMANENT_REPLY_CODES = Set.of(
            AMQP.ACCESS_REFUSED, AMQP.PRECONDITION_FAILED, AMQP.NOT_ALLOWED, AMQP.NOT_IMPLEMENTED,
            AMQP.FRAME_ERROR, AMQP.SYNTAX_ERROR, AMQP.COMMAND_INVALID);

    private RabbitFailures() {
    }

    /** The failure to throw for {@code failure}, which happened while doing {@code operation}. */
    static RuntimeException translate(String operation, Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof TelegateException already) {
            return already;
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new TransientFailure("RabbitMQ " + operation + " was interrupted", cause);
        }
        if (cause instanceof PossibleAuthenticationFailureException) {
            return new PermanentFailure("RabbitMQ " + operation + " failed: the broker refused the credentials", cause);
        }
        if (cause instanceof ShutdownSignalException shutdown) {
            return shutdownFailure(operation, shutdown);
        }
        if (cause instanceof TimeoutException) {
            return new TransientFailure("RabbitMQ " + operation + " timed out", cause);
        }
        if (cause instanceof IOException) {
            // The client's own I/O messages ("nacks received", "Connection refused") name no credentials.
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new TransientFailure("RabbitMQ " + operation + " failed: " + detail, cause);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new TransientFailure("RabbitMQ " + operation + " failed: " + cause.getClass().getSimpleName(), cause);
    }

    /** The reply code the broker closed a channel or connection with, or -1 when it was not the broker. */
    static int replyCode(Throwable failure) {
        if (unwrapped(failure) instanceof ShutdownSignalException shutdown) {
            Method reason = shutdown.getReason();
            if (reason instanceof AMQP.Channel.Close close) {
                return close.getReplyCode();
            }
            if (reason instanceof AMQP.Connection.Close close) {
                return close.getReplyCode();
            }
        }
        return -1;
    }

    private static RuntimeException shutdownFailure(String operation, ShutdownSignalException shutdown) {
        int code = replyCode(shutdown);
        String text = replyText(shutdown.getReason());
        String message = "RabbitMQ " + operation + " failed: " + (text == null ? "the connection is closed" : text);
        return PERMANENT_REPLY_CODES.contains(code)
                ? new PermanentFailure(message, shutdown)
                : new TransientFailure(message, shutdown);
    }

    private static String replyText(Method reason) {
        if (reason instanceof AMQP.Channel.Close close) {
            return close.getReplyText();
        }
        if (reason instanceof AMQP.Connection.Close close) {
            return close.getReplyText();
        }
        return null;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && (cause instanceof ExecutionException || cause instanceof CompletionException
                || cause instanceof IOException && cause.getCause() instanceof ShutdownSignalException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
