package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.telegate.ports.out.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exchanges, queues and bindings the adapter declares, as seed 000 and existing brokers need them. */
class RabbitTopologyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final RabbitNamespace rabbit = new RabbitNamespace();
    private final RabbitConfig config = rabbit.config();

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
    }

    @Test
    void theExchangesAreDurableAndDirectAndTheQueuesDurableWithoutArguments() throws Exception {
        rabbit.connections().declareTopology();

        for (String exchange : new String[] {config.exchange(), config.deadLetterExchange()}) {
            assertThat(rabbit.replyCodeOf(channel -> channel.exchangeDeclare(exchange, "direct", true)))
                    .as("%s redeclared as it should be", exchange).isZero();
            assertThat(rabbit.replyCodeOf(channel -> channel.exchangeDeclare(exchange, "topic", true)))
                    .as("%s is not a topic exchange", exchange).isEqualTo(AMQP.PRECONDITION_FAILED);
            assertThat(rabbit.replyCodeOf(channel -> channel.exchangeDeclare(exchange, "direct", false)))
                    .as("%s is durable", exchange).isEqualTo(AMQP.PRECONDITION_FAILED);
        }
        for (String queue : new String[] {config.commandsQueue(), config.eventsQueue(), config.deadLetterQueue()}) {
            assertThat(rabbit.replyCodeOf(channel -> channel.queueDeclare(queue, true, false, false, null)))
                    .as("%s redeclared durable without arguments", queue).isZero();
            assertThat(rabbit.replyCodeOf(channel -> channel.queueDeclare(queue, false, false, false, null)))
                    .as("%s is durable", queue).isEqualTo(AMQP.PRECONDITION_FAILED);
        }
    }

    @Test
    void theRoutingKeysCommandAndEventLeadToTheirQueuesAndDeadLettersToTheDeadLetterQueue() throws Exception {
        rabbit.connections().declareTopology();

        try (var channel = rabbit.raw()) {
            channel.confirmSelect();
            channel.basicPublish(config.exchange(), "command", null, bytes("a command"));
            channel.basicPublish(config.exchange(), "event", null, bytes("an event"));
            channel.basicPublish(config.deadLetterExchange(), "command", null, bytes("a dead command"));
            channel.basicPublish(config.exchange(), "something-else", null, bytes("nobody's"));
            channel.waitForConfirmsOrDie(PATIENCE.toMillis());
        }

        assertThat(bodies(config.commandsQueue())).containsExactly("a command");
        assertThat(bodies(config.eventsQueue())).containsExactly("an event");
        assertThat(bodies(config.deadLetterQueue())).containsExactly("a dead command");
    }

    @Test
    void declaringAgainFromAnotherProcessChangesNothingAndKeepsWaitingCommands() throws Exception {
        RabbitConnections first = rabbit.connections();
        first.declareTopology();
        new RabbitCommandQueue(first).submit("waiting");

        RabbitConnections second = rabbit.connections();
        second.declareTopology();
        second.declareTopology();
        first.declareTopology();

        assertThat(rabbit.ready(config.commandsQueue())).isEqualTo(1);
        assertThat(takePayload(new RabbitCommandQueue(second))).isEqualTo("waiting");
    }

    @Test
    void aCommandsQueueTheExistingServicesDeclaredWithoutArgumentsIsUsedAndLeftWithoutArguments() throws Exception {
        try (var channel = rabbit.raw()) {
            channel.exchangeDeclare(config.exchange(), "direct", true);
            channel.queueDeclare(config.commandsQueue(), true, false, false, null);
            channel.queueBind(config.commandsQueue(), config.exchange(), "command");
            channel.basicPublish(config.exchange(), "command", null, bytes("sent before Telegate came"));
        }

        RabbitConnections connections = rabbit.connections();
        connections.declareTopology();

        assertThat(rabbit.replyCodeOf(channel -> channel.queueDeclare(config.commandsQueue(), true, false, false,
                Map.of("x-dead-letter-exchange", config.deadLetterExchange()))))
                .as("the queue got no dead-letter argument").isEqualTo(AMQP.PRECONDITION_FAILED);
        assertThat(takePayload(new RabbitCommandQueue(connections))).isEqualTo("sent before Telegate came");
    }

    @Test
    void aCommandsQueueDeclaredWithOtherArgumentsIsUsedAsItIs() throws Exception {
        Map<String, Object> arguments = Map.of("x-max-length", 1000);
        try (var channel = rabbit.raw()) {
            channel.queueDeclare(config.commandsQueue(), true, false, false, arguments);
        }

        RabbitConnections connections = rabbit.connections();
        connections.declareTopology();
        RabbitCommandQueue queue = new RabbitCommandQueue(connections);
        queue.submit("routed anyway");

        assertThat(rabbit.replyCodeOf(channel -> channel.queueDeclare(config.commandsQueue(), true, false, false,
                arguments))).as("the queue keeps its arguments").isZero();
        assertThat(takePayload(queue)).isEqualTo("routed anyway");
    }

    private java.util.List<String> bodies(String queue) throws Exception {
        return rabbit.drain(queue).stream().map(GetResponse::getBody)
                .map(body -> new String(body, StandardCharsets.UTF_8)).toList();
    }

    private static String takePayload(RabbitCommandQueue queue) {
        Delivery delivery = queue.take(PATIENCE).orElseThrow();
        delivery.ack();
        return delivery.payload();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
