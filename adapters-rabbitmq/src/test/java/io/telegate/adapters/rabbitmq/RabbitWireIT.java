package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TransientFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the adapters put on the wire and how they use the broker's delivery guarantees, seen from outside. */
class RabbitWireIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(500);

    private final RabbitNamespace rabbit = new RabbitNamespace();
    private final RabbitConfig config = rabbit.config();

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
    }

    @Test
    void commandsAndEventsArePersistentJsonAndEventsNameTheirType() throws Exception {
        RabbitConnections connections = rabbit.connections();
        String command = "{\"command\":\"stop_monitoring_chat\",\"chat_id\":\"@ru_python\"}";
        String event = "{\"event\":\"access_lost\",\"chat_id\":-1001234567890,\"reason\":\"KICKED\",\"text\":\"ё\"}";

        new RabbitCommandQueue(connections).submit(command);
        new RabbitEventPublisher(connections).publish(new OutboundEvent("access_lost", "-1001234567890", event));

        GetResponse sentCommand = rabbit.drain(config.commandsQueue()).getFirst();
        GetResponse sentEvent = rabbit.drain(config.eventsQueue()).getFirst();
        for (GetResponse message : List.of(sentCommand, sentEvent)) {
            assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
            assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        }
        assertThat(sentCommand.getEnvelope().getRoutingKey()).isEqualTo("command");
        assertThat(sentEvent.getEnvelope().getRoutingKey()).isEqualTo("event");
        assertThat(new String(sentCommand.getBody(), StandardCharsets.UTF_8)).isEqualTo(command);
        assertThat(new String(sentEvent.getBody(), StandardCharsets.UTF_8)).isEqualTo(event);
        assertThat(sentEvent.getProps().getHeaders()).extractingByKey("type").hasToString("access_lost");
    }

    @Test
    void aCommandPublishedTheWayTheBackendDoesIsTakenWithItsPayload() throws Exception {
        RabbitConnections connections = rabbit.connections();
        connections.declareTopology();
        String command = "{\"command\":\"join_chat\",\"chat_id\":\"https://t.me/+AbCdEf\"}";
        try (var backend = rabbit.raw()) {
            backend.confirmSelect();
            backend.basicPublish(config.exchange(), "command", new AMQP.BasicProperties.Builder()
                    .contentType("application/json").deliveryMode(2).build(), command.getBytes(StandardCharsets.UTF_8));
            backend.waitForConfirmsOrDie(PATIENCE.toMillis());
        }

        Delivery delivery = new RabbitCommandQueue(connections).take(PATIENCE).orElseThrow();
        delivery.ack();

        assertThat(delivery.payload()).isEqualTo(command);
        assertThat(rabbit.ready(config.commandsQueue())).isZero();
    }

    @Test
    void aDeadLetteredCommandLandsInTheDeadLetterQueueWithItsReasonAndIsNotDeliveredAgain() throws Exception {
        RabbitConnections connections = rabbit.connections();
        RabbitCommandQueue queue = new RabbitCommandQueue(connections);
        Instant before = Instant.now();
        queue.submit("{\"command\":\"join_chat\"}");

        queue.take(PATIENCE).orElseThrow().deadLetter("chat_id: is required");
        connections.close();

        assertThat(new RabbitCommandQueue(rabbit.connections()).take(QUIET)).isEmpty();
        assertThat(rabbit.ready(config.commandsQueue())).isZero();
        List<DeadLetter> listed = new RabbitCommandQueue(rabbit.connections()).deadLetters(10);
        assertThat(listed).extracting(DeadLetter::payload, DeadLetter::reason)
                .containsExactly(tuple("{\"command\":\"join_chat\"}", "chat_id: is required"));
        assertThat(listed.getFirst().at()).isBetween(before.minusSeconds(1), Instant.now());
        GetResponse dead = rabbit.drain(config.deadLetterQueue()).getFirst();
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"command\":\"join_chat\"}");
        assertThat(dead.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(dead.getProps().getHeaders()).extractingByKey("x-telegate-reason")
                .hasToString("chat_id: is required");
        assertThat(dead.getProps().getHeaders()).containsKey("x-telegate-dead-lettered-at");
    }

    @Test
    void listingDeadLettersLeavesThemInTheQueueInTheirOrder() throws Exception {
        RabbitCommandQueue queue = new RabbitCommandQueue(rabbit.connections());
        List.of("first", "second", "third").forEach(queue::submit);
        for (int i = 0; i < 3; i++) {
            queue.take(PATIENCE).orElseThrow().deadLetter("rejected");
        }

        queue.deadLetters(1);
        queue.deadLetters(10);

        assertThat(rabbit.drain(config.deadLetterQueue()))
                .extracting(message -> new String(message.getBody(), StandardCharsets.UTF_8))
                .containsExactly("first", "second", "third");
    }

    @Test
    void commandsAConsumerDiedWithGoToAnotherConsumerMarkedRedelivered() {
        RabbitConnections dying = rabbit.connections(config.withConnectionName("it dying"));
        RabbitCommandQueue first = new RabbitCommandQueue(dying);
        RabbitCommandQueue second = new RabbitCommandQueue(rabbit.connections(config.withConnectionName("it other")));
        List.of("one", "two").forEach(first::submit);
        first.take(PATIENCE).orElseThrow();
        first.take(PATIENCE).orElseThrow();
        assertThat(second.take(QUIET)).as("nothing for the other consumer while the first holds them").isEmpty();

        dying.openConnection().abort();
        List<Delivery> again = List.of(second.take(PATIENCE).orElseThrow(), second.take(PATIENCE).orElseThrow());
        again.forEach(Delivery::ack);

        assertThat(again).extracting(Delivery::payload, Delivery::redelivered)
                .containsExactly(tuple("one", true), tuple("two", true));
    }

    @Test
    void settlingACommandWhoseConnectionFailedDoesNotThrowAndTheBrokerDeliversItAgain() {
        RabbitConnections failing = rabbit.connections(config.withConnectionName("it failing"));
        RabbitCommandQueue first = new RabbitCommandQueue(failing);
        first.submit("taken before the failure");
        Delivery stale = first.take(PATIENCE).orElseThrow();

        failing.openConnection().abort();
        stale.deadLetter("would be a duplicate");
        stale.ack();
        RabbitCommandQueue second = new RabbitCommandQueue(rabbit.connections());
        Delivery again = second.take(PATIENCE).orElseThrow();
        again.ack();

        assertThat(again.payload()).isEqualTo("taken before the failure");
        assertThat(again.redelivered()).isTrue();
        assertThat(second.deadLetters(10)).isEmpty();
    }

    @Test
    void aConsumerHoldsNoMoreUnsettledCommandsThanItsPrefetch() throws Exception {
        RabbitCommandQueue queue = new RabbitCommandQueue(rabbit.connections(config.withPrefetch(2)));
        List.of("one", "two", "three").forEach(queue::submit);
        Delivery one = queue.take(PATIENCE).orElseThrow();
        queue.take(PATIENCE).orElseThrow();

        assertThat(queue.take(QUIET)).as("a third unsettled command").isEmpty();
        assertThat(rabbit.ready(config.commandsQueue())).as("left with the broker").isEqualTo(1);
        one.ack();
        assertThat(queue.take(PATIENCE)).map(Delivery::payload).contains("three");
    }

    @Test
    void anEventNoQueueIsBoundForFailsAsTransientInsteadOfVanishing() throws Exception {
        RabbitConnections connections = rabbit.connections();
        connections.declareTopology();
        try (var channel = rabbit.raw()) {
            channel.queueUnbind(config.eventsQueue(), config.exchange(), "event");
        }
        RabbitEventPublisher publisher = new RabbitEventPublisher(connections);

        assertThatThrownBy(() -> publisher.publish(new OutboundEvent("progress", "chat-1", "{}")))
                .isInstanceOf(TransientFailure.class).hasMessageContaining("could not route");
        connections.declareTopology();
        publisher.publish(new OutboundEvent("progress", "chat-1", "{\"after\":\"rebinding\"}"));
        assertThat(rabbit.drain(config.eventsQueue())).hasSize(1);
    }

    @Test
    void withoutABrokerEveryOperationFailsAsTransient() {
        RabbitConnections nowhere = rabbit.connections(config.withUrl("amqp://guest:s3cret@127.0.0.1:1/")
                .withConfirmTimeout(Duration.ofSeconds(1)));
        RabbitCommandQueue queue = new RabbitCommandQueue(nowhere);

        assertThatThrownBy(() -> queue.submit("{}")).isInstanceOf(TransientFailure.class)
                .message().doesNotContain("s3cret");
        assertThatThrownBy(() -> queue.take(QUIET)).isInstanceOf(TransientFailure.class);
        assertThatThrownBy(() -> new RabbitEventPublisher(nowhere).publish(new OutboundEvent("progress", "k", "{}")))
                .isInstanceOf(TransientFailure.class);
        assertThat(nowhere.isConnected()).isFalse();
    }
}
