package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.GetResponse;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TransientFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adapters survive a restart of the broker: they reconnect and declare the topology again by themselves, a
 * take waiting meanwhile goes on waiting, and nothing confirmed before the restart is lost. Stops and starts the
 * RabbitMQ application of the local broker with {@code rabbitmqctl}, and always starts it again.
 */
class RabbitBrokerRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration RESTART_PATIENCE = Duration.ofSeconds(90);

    private final RabbitNamespace rabbit = new RabbitNamespace();
    private final RabbitNamespace quiet = new RabbitNamespace();
    private final RabbitConfig config = rabbit.config();

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
        quiet.close();
    }

    @Test
    @Timeout(300)
    void afterABrokerRestartTheAdaptersReconnectAndNoCommandOrConfirmedEventIsLost() throws Exception {
        String unusable = Rabbitmqctl.unusableBecause();
        assumeTrue(unusable.isEmpty(), unusable);
        RabbitConnections connections = rabbit.connections();
        RabbitCommandQueue queue = new RabbitCommandQueue(connections);
        RabbitEventPublisher publisher = new RabbitEventPublisher(connections);
        List.of("command-1", "command-2", "command-3").forEach(queue::submit);
        IntStream.rangeClosed(1, 3).forEach(i -> publisher.publish(event("before-" + i)));
        Delivery takenBeforeTheRestart = queue.take(PATIENCE).orElseThrow();
        RabbitConnections quietConnections = quiet.connections();
        RabbitCommandQueue quietQueue = new RabbitCommandQueue(quietConnections);
        CompletableFuture<Optional<Delivery>> waitingAcrossTheRestart =
                CompletableFuture.supplyAsync(() -> quietQueue.take(RESTART_PATIENCE.multipliedBy(2)));
        await().atMost(PATIENCE).until(() -> quiet.consumers(quiet.config().commandsQueue()) == 1);

        try (var channel = rabbit.raw()) {
            channel.queueDelete(config.deadLetterQueue());
        }

        restartTheBroker(() -> {
            await().atMost(RESTART_PATIENCE).until(() -> !connections.isConnected());
            assertThatThrownBy(() -> publisher.publish(event("while-down"))).isInstanceOf(TransientFailure.class);
            assertThatThrownBy(() -> queue.submit("while-down")).isInstanceOf(TransientFailure.class);
            assertThatThrownBy(() -> queue.take(PATIENCE)).isInstanceOf(TransientFailure.class);
        });
        await().atMost(RESTART_PATIENCE).until(connections::isConnected);
        await().atMost(RESTART_PATIENCE).until(quietConnections::isConnected);
        new RabbitCommandQueue(quiet.connections()).submit("for the take that waited");
        Optional<Delivery> waited = waitingAcrossTheRestart.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        waited.ifPresent(Delivery::ack);

        takenBeforeTheRestart.ack();
        List<Delivery> after = List.of(takeExpected(queue), takeExpected(queue), takeExpected(queue));
        after.forEach(Delivery::ack);
        publisher.publish(event("after-1"));
        queue.submit("command-after");
        Delivery newCommand = takeExpected(queue);
        newCommand.ack();

        assertThat(takenBeforeTheRestart.payload()).isEqualTo("command-1");
        assertThat(waited).as("the take waiting across the restart").map(Delivery::payload)
                .contains("for the take that waited");
        assertThat(after).extracting(Delivery::payload, Delivery::redelivered)
                .containsExactly(tuple("command-1", true), tuple("command-2", false), tuple("command-3", false));
        assertThat(newCommand.payload()).isEqualTo("command-after");
        assertThat(queue.take(Duration.ofMillis(500))).isEmpty();
        assertThat(rabbit.replyCodeOf(channel -> channel.queueDeclarePassive(config.deadLetterQueue())))
                .as("the queue deleted before the restart is declared again").isZero();
        assertThat(rabbit.drain(config.eventsQueue())).extracting(RabbitBrokerRestartIT::body)
                .containsExactly(payload("before-1"), payload("before-2"), payload("before-3"), payload("after-1"));
    }

    /** Stops the broker's application, runs {@code whileDown}, and starts it again whatever happened. */
    private static void restartTheBroker(Runnable whileDown) throws Exception {
        try {
            Rabbitmqctl.run("stop_app");
            whileDown.run();
        } finally {
            Rabbitmqctl.run("start_app");
            Rabbitmqctl.run("await_startup");
        }
    }

    private static Delivery takeExpected(RabbitCommandQueue queue) {
        return queue.take(PATIENCE).orElseThrow(() -> new AssertionError("no command within " + PATIENCE));
    }

    private static OutboundEvent event(String name) {
        return new OutboundEvent("progress", "chat-1", payload(name));
    }

    private static String payload(String name) {
        return "{\"event\":\"progress\",\"name\":\"" + name + "\"}";
    }

    private static String body(GetResponse message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }
}
