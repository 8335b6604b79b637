package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells whether RabbitMQ answers within {@value #PATIENCE_MILLIS} ms: connected (connecting first if needed), and
 * the commands queue exists; reports how many commands wait in it. Never throws.
 */
public final class RabbitHealthCheck implements HealthCheck {

    static final long PATIENCE_MILLIS = 800;

    private final RabbitConnections connections;

    @Inject
    public RabbitHealthCheck(RabbitConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String name() {
        return "rabbitmq";
    }

    @Override
    public HealthStatus check() {
        // On a thread of its own, so a first connection that takes long cannot hold the caller past the patience.
        CompletableFuture<Integer> waiting = new CompletableFuture<>();
        Thread.ofVirtual().name("rabbitmq-health").start(() -> {
            try {
                waiting.complete(waitingCommands());
            } catch (RuntimeException failure) {
                waiting.completeExceptionally(failure);
            }
        });
        try {
            int commands = waiting.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            return HealthStatus.up("connected; " + commands + " commands waiting in "
                    + connections.config().commandsQueue());
        } catch (TimeoutException slow) {
            return HealthStatus.down("no answer within " + PATIENCE_MILLIS + " ms");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            String detail = cause.getMessage();
            return HealthStatus.down(detail == null ? cause.getClass().getSimpleName() : detail);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted");
        }
    }

    private int waitingCommands() {
        Channel channel = connections.openChannel("check health");
        try {
            AMQP.Queue.DeclareOk queue = channel.queueDeclarePassive(connections.config().commandsQueue());
            return queue.getMessageCount();
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate("check health", failure);
        } finally {
            RabbitChannels.closeQuietly(channel);
        }
    }
}
