package io.telegate.adapters.rabbitmq;

import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TelegateException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CommandQueue} on the RabbitMQ queue of seed 000 ({@code python_bridge_commands}), which producers fill
 * by publishing to the exchange with the routing key {@code command}. Each instance is one consumer.
 *
 * <p>{@link #take} receives a command with manual acknowledgement ({@link CommandConsumer}); at most
 * {@link RabbitConfig#prefetch()} taken commands are unsettled at a time, and a take waits for a settlement
 * beyond that. {@code ack} is {@code basic.ack}; {@code requeue} is {@code basic.nack} with requeue, which puts the
 * command back at its place, marked redelivered. A consumer that dies leaves its unsettled commands to the
 * broker, which delivers them again (redelivered) to another consumer, so {@link #recover()} has nothing to do.
 *
 * <p>{@code deadLetter} publishes a copy of the command (body and properties unchanged, plus the headers
 * {@value RabbitDeadLetterHeaders#REASON} and {@value RabbitDeadLetterHeaders#AT}) to the dead-letter exchange,
 * waits for the confirm, then acknowledges the command. Telegate does not ask the broker to dead-letter through the
 * queue argument {@code x-dead-letter-exchange}: the existing services declared {@code python_bridge_commands}
 * without arguments, and declaring an existing queue with other arguments fails with {@code PRECONDITION_FAILED}.
 * The explicit copy works on any queue, and carries the reason, which a broker dead-lettering does not.
 * Broker-side dead-lettering can still be added by a policy; {@link #deadLetters} reads both kinds.
 */
public final class RabbitCommandQueue implements CommandQueue {

    private static final Logger log = LoggerFactory.getLogger(RabbitCommandQueue.class);
    /** Longer waits are cut to this, which keeps nanosecond arithmetic finite. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(365);

    private final RabbitConnections connections;
    private final RabbitConfig config;
    private final CommandConsumer consumer;
    private final DeadLetterBrowser deadLetters;
    private final Semaphore unsettled;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public RabbitCommandQueue(RabbitConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.config = connections.config();
        this.consumer = new CommandConsumer(connections);
        this.deadLetters = new DeadLetterBrowser(connections);
        this.unsettled = new Semaphore(config.prefetch());
    }

    /** Publishes to the exchange with the commands routing key, persistent, and waits for the broker's confirm. */
    @Override
    public void submit(String payload) {
        Objects.requireNonNull(payload, "payload");
        connections.publish("submit command", config.exchange(), config.commandsRoutingKey(),
                RabbitMessages.persistentJson(Map.of()), payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Interrupted, it returns empty with the interrupt flag set. */
    @Override
    public Optional<Delivery> take(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        long deadline = System.nanoTime() + (timeout.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : timeout).toNanos();
        if (!awaitSlot(deadline)) {
            return Optional.empty();
        }
        Optional<Received> received = Optional.empty();
        try {
            received = consumer.takeOne(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            return received.map(taken -> new RabbitDelivery(this, taken, unsettled::release));
        } finally {
            if (received.isEmpty()) {
                unsettled.release();
            }
        }
    }

    /** Always 0: the broker itself gives a dead consumer's unsettled commands to the next consumer. */
    @Override
    public int recover() {
        return 0;
    }

    /** Reads the dead-letter queue without consuming it; see {@link DeadLetterBrowser} for its limits. */
    @Override
    public List<DeadLetter> deadLetters(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        return limit == 0 ? List.of() : deadLetters.newestFirst(limit);
    }

    @Override
    public String toString() {
        return "RabbitCommandQueue[" + config.commandsQueue() + "]";
    }

    void ack(Received received) {
        consumer.ack(received);
    }

    void requeue(Received received) {
        consumer.requeue(received);
    }

    /** Copies the command to the dead-letter exchange, then acknowledges it; a stale delivery is left alone. */
    void deadLetter(Received received, String reason) {
        if (!consumer.isCurrent(received)) {
            log.info("Did not dead-letter a command of {} taken before its channel failed; the broker delivers it "
                    + "again", config.commandsQueue());
            return;
        }
        try {
            connections.publish("dead-letter command", config.deadLetterExchange(), config.commandsRoutingKey(),
                    RabbitDeadLetterHeaders.marked(received.properties(), reason, clock.instant()), received.body());
        } catch (TelegateException failure) {
            if (!consumer.isCurrent(received)) {
                log.info("Could not dead-letter a command of {} whose channel failed meanwhile; the broker delivers "
                        + "it again", config.commandsQueue());
                return;
            }
            throw failure;
        }
        consumer.ack(received);
    }

    private boolean awaitSlot(long deadline) {
        try {
            return unsettled.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
