package io.telegate.testkit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TransientFailure;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCommandQueueTest extends CommandQueueContract {

    private static final Duration NO_WAIT = Duration.ZERO;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final InMemoryCommandQueue.Broker broker = new InMemoryCommandQueue.Broker(clock);

    @Override
    protected CommandQueue consumer(String consumerId) {
        return broker.consumer(consumerId);
    }

    @Test
    void aDeadLetterIsStampedWithTheClocksTime() {
        CommandQueue queue = broker.consumer("worker-1");
        queue.submit("bad");
        clock.advance(Duration.ofMinutes(3));

        queue.take(NO_WAIT).orElseThrow().deadLetter("unknown command");

        assertThat(queue.deadLetters(1))
                .containsExactly(new DeadLetter("bad", "unknown command", Instant.parse("2024-05-01T12:03:00Z")));
    }

    @Test
    void aRequeuedCommandGoesToTheTail() {
        CommandQueue queue = broker.consumer("worker-1");
        List.of("a", "b").forEach(queue::submit);

        queue.take(NO_WAIT).orElseThrow().requeue();

        assertThat(broker.waiting()).containsExactly("b", "a");
    }

    @Test
    void recoveredCommandsGoBackToTheHeadInTheOrderTheyWereTaken() {
        CommandQueue crashed = broker.consumer("worker-1");
        List.of("a", "b", "c").forEach(crashed::submit);
        crashed.take(NO_WAIT);
        crashed.take(NO_WAIT);

        assertThat(broker.consumer("worker-1").recover()).isEqualTo(2);
        assertThat(broker.waiting()).containsExactly("a", "b", "c");
        assertThat(broker.inFlightCount()).isZero();
    }

    @Test
    void aSettlementArrivingAfterTheDeliveryWasRecoveredIsIgnored() {
        CommandQueue crashed = broker.consumer("worker-1");
        crashed.submit("a");
        Delivery late = crashed.take(NO_WAIT).orElseThrow();
        broker.consumer("worker-1").recover();

        late.ack();
        late.deadLetter("too late");

        assertThat(broker.waiting()).containsExactly("a");
        assertThat(crashed.deadLetters(10)).isEmpty();
    }

    @Test
    void failingTakesThrowTransientFailureAndThenTheQueueWorksAgain() {
        CommandQueue queue = broker.consumer("worker-1");
        queue.submit("kept");
        broker.failNextTakes(2);

        assertThatThrownBy(() -> queue.take(NO_WAIT)).isInstanceOf(TransientFailure.class);
        assertThatThrownBy(() -> queue.take(NO_WAIT)).isInstanceOf(TransientFailure.class);
        assertThat(queue.take(NO_WAIT)).map(Delivery::payload).contains("kept");
    }

    @Test
    void anInterruptedTakeReturnsEmptyAndKeepsTheInterruptFlag() {
        CommandQueue queue = broker.consumer("worker-1");
        Thread.currentThread().interrupt();

        try {
            assertThat(queue.take(Duration.ofSeconds(30))).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theDefaultQueueIsSeenByTheDefaultConsumer() {
        InMemoryCommandQueue queue = new InMemoryCommandQueue(clock);
        queue.submit("x");

        assertThat(queue.consumer()).isEqualTo("default");
        assertThat(queue.broker().waiting()).containsExactly("x");
    }
}
