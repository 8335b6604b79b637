package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import io.telegate.ports.out.EventPublisher;
import io.telegate.testkit.messaging.EventPublisherContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link EventPublisherContract} against a real RabbitMQ, watched by a consumer of the events queue. */
class RabbitEventPublisherIT extends EventPublisherContract {

    private final RabbitNamespace rabbit = new RabbitNamespace();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private RabbitEventPublisher publisher;

    @BeforeEach
    void consumeTheEventsQueue() throws Exception {
        RabbitConnections connections = rabbit.connections();
        connections.declareTopology();
        publisher = new RabbitEventPublisher(connections);
        Channel subscriber = rabbit.raw();
        subscriber.basicConsume(rabbit.config().eventsQueue(), true,
                (tag, message) -> received.add(new String(message.getBody(), StandardCharsets.UTF_8)), tag -> { });
    }

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
    }

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<String> receivedPayloads(int atLeast, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (seen.size() < atLeast) {
                String next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                seen.add(next);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        received.drainTo(seen);
        return List.copyOf(seen);
    }
}
