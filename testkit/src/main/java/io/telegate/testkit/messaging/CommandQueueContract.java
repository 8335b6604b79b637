package io.telegate.testkit.messaging;

import io.telegate.testkit.fixtures.Concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour the {@link CommandQueue} Javadoc promises, run against any implementation of the port.
 *
 * <p>An adapter's test extends this class and implements {@link #consumer(String)}: it opens a view of the
 * queue under test for one consumer identity. Every test starts from an empty queue (use a queue name of its
 * own per test, or purge it in a {@code @BeforeEach}), and every view opened during one test works on that same
 * queue; two views with the same identity are the same consumer before and after a restart. Override
 * {@link #crash(CommandQueue)} when dropping the view is not enough to look like a dead process (close its
 * channel, say), {@link #brokerRedeliversOnCrash()} when the broker itself puts a dead consumer's commands
 * back, and {@link #quietPeriod()} when "nothing arrives" needs a longer look.
 *
 * <pre>{@code
 * class RedisCommandQueueIT extends CommandQueueContract {
 *
 *     private final String queueName = "contract-" + UUID.randomUUID();
 *
 *     @Override
 *     protected CommandQueue consumer(String consumerId) {
 *         return new RedisCommandQueue(redis, queueName, consumerId);
 *     }
 * }
 * }</pre>
 */
public abstract class CommandQueueContract {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * A view of this test's queue for the consumer {@code consumerId}; called several times per test, every view
     * works on the same queue, and the queue is empty when a test starts.
     */
    protected abstract CommandQueue consumer(String consumerId);

    /** Makes {@code consumer} look dead, leaving its deliveries unsettled; dropping the view is enough by default. */
    protected void crash(CommandQueue consumer) {
        // Abandoning the view without settling is what a dead process does.
    }

    /** True when the broker returns a dead consumer's commands itself, so {@link CommandQueue#recover()} finds none. */
    protected boolean brokerRedeliversOnCrash() {
        return false;
    }

    /** How long a take waits when the test expects nothing to come. */
    protected Duration quietPeriod() {
        return Duration.ofMillis(300);
    }

    @Test
    void commandsAreTakenInTheOrderTheyWereSubmitted() {
        CommandQueue queue = consumer("worker-1");
        List<String> submitted = List.of("command-1", "command-2", "command-3", "command-4", "command-5");
        submitted.forEach(queue::submit);

        List<Delivery> taken = new ArrayList<>();
        submitted.forEach(ignored -> taken.add(takeExpected(queue)));
        taken.forEach(Delivery::ack);

        assertThat(taken).extracting(Delivery::payload).containsExactlyElementsOf(submitted);
    }

    @Test
    void aCommandTakenForTheFirstTimeIsNotMarkedRedelivered() {
        CommandQueue queue = consumer("worker-1");
        queue.submit("first-time");

        Delivery delivery = takeExpected(queue);
        delivery.ack();

        assertThat(delivery.redelivered()).isFalse();
    }

    @Test
    void thePayloadIsTakenExactlyAsSubmitted() {
        CommandQueue queue = consumer("worker-1");
        String payload = "{\"command\":\"start\",\"chat\":\"@каналы_и_чаты\",\"note\":\"line 1\\nline 2 \u2728\"}\n  ";
        queue.submit(payload);

        Delivery delivery = takeExpected(queue);
        delivery.ack();

        assertThat(delivery.payload()).isEqualTo(payload);
    }

    @Test
    void takeFromAnEmptyQueueReturnsEmptyOnceTheTimeoutHasPassed() {
        CommandQueue queue = consumer("worker-1");

        Optional<Delivery> taken = assertTimeoutPreemptively(PATIENCE, () -> queue.take(Duration.ofMillis(500)));

        assertThat(taken).isEmpty();
    }

    @Test
    void aWaitingTakeReceivesACommandSubmittedWhileItWaits() throws Exception {
        CommandQueue queue = consumer("worker-1");
        CompletableFuture<Optional<Delivery>> waiting = CompletableFuture.supplyAsync(() -> queue.take(PATIENCE));
        Thread.sleep(200);

        consumer("producer").submit("arrives-later");
        Optional<Delivery> taken = waiting.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        taken.ifPresent(Delivery::ack);

        assertThat(taken).map(Delivery::payload).contains("arrives-later");
    }

    @Test
    void anAcknowledgedCommandIsNeverDeliveredAgain() {
        CommandQueue queue = consumer("worker-1");
        queue.submit("done-once");
        takeExpected(queue).ack();

        assertThat(queue.recover()).isZero();
        assertThat(queue.take(quietPeriod())).isEmpty();
    }

    @Test
    void aRequeuedCommandIsDeliveredAgainMarkedRedelivered() {
        CommandQueue queue = consumer("worker-1");
        queue.submit("try-again");
        takeExpected(queue).requeue();

        Delivery again = takeExpected(queue);
        again.ack();

        assertThat(again.payload()).isEqualTo("try-again");
        assertThat(again.redelivered()).isTrue();
        assertThat(queue.take(quietPeriod())).isEmpty();
    }

    @Test
    void aDeadLetteredCommandIsKeptWithItsReasonAndNeverDeliveredAgain() {
        CommandQueue queue = consumer("worker-1");
        queue.submit("{not json");
        takeExpected(queue).deadLetter("payload is not valid JSON");

        assertThat(queue.deadLetters(10))
                .extracting(DeadLetter::payload, DeadLetter::reason)
                .containsExactly(tuple("{not json", "payload is not valid JSON"));
        assertThat(queue.recover()).isZero();
        assertThat(queue.take(quietPeriod())).isEmpty();
    }

    @Test
    void deadLettersAreListedNewestFirstAndNoMoreThanTheLimit() {
        CommandQueue queue = consumer("worker-1");
        List.of("oldest", "middle", "newest").forEach(queue::submit);
        for (int i = 0; i < 3; i++) {
            Delivery delivery = takeExpected(queue);
            delivery.deadLetter("rejected " + delivery.payload());
        }

        assertThat(queue.deadLetters(2)).extracting(DeadLetter::payload).containsExactly("newest", "middle");
        assertThat(queue.deadLetters(10)).extracting(DeadLetter::payload)
                .containsExactly("newest", "middle", "oldest");
    }

    @Test
    void settlingADeliveryASecondTimeIsIgnored() {
        CommandQueue queue = consumer("worker-1");
        List.of("acked", "dead", "requeued").forEach(queue::submit);

        Delivery acked = takeExpected(queue);
        acked.ack();
        acked.requeue();
        acked.deadLetter("too late");
        Delivery dead = takeExpected(queue);
        dead.deadLetter("broken");
        dead.ack();
        dead.requeue();
        Delivery requeued = takeExpected(queue);
        requeued.requeue();
        requeued.ack();
        requeued.deadLetter("too late");

        Delivery again = takeExpected(queue);
        again.ack();
        assertThat(again.payload()).isEqualTo("requeued");
        assertThat(queue.take(quietPeriod())).isEmpty();
        assertThat(queue.deadLetters(10)).extracting(DeadLetter::payload, DeadLetter::reason)
                .containsExactly(tuple("dead", "broken"));
    }

    @Test
    void commandsLeftUnsettledByACrashedConsumerComeBackFirstMarkedRedeliveredAfterRecover() {
        CommandQueue crashing = consumer("worker-1");
        List.of("in-flight-1", "in-flight-2", "never-taken").forEach(crashing::submit);
        takeExpected(crashing);
        takeExpected(crashing);
        crash(crashing);

        CommandQueue restarted = consumer("worker-1");
        int putBack = restarted.recover();
        List<Delivery> after = List.of(takeExpected(restarted), takeExpected(restarted), takeExpected(restarted));
        after.forEach(Delivery::ack);

        if (!brokerRedeliversOnCrash()) {
            assertThat(putBack).isEqualTo(2);
        }
        assertThat(after.subList(0, 2)).extracting(Delivery::payload)
                .containsExactlyInAnyOrder("in-flight-1", "in-flight-2");
        assertThat(after.subList(0, 2)).allSatisfy(delivery -> assertThat(delivery.redelivered()).isTrue());
        assertThat(after.get(2).payload()).isEqualTo("never-taken");
        assertThat(after.get(2).redelivered()).isFalse();
        assertThat(restarted.take(quietPeriod())).isEmpty();
    }

    @Test
    void recoverLeavesTheCommandsOfOtherConsumersInFlight() {
        CommandQueue busy = consumer("worker-1");
        CommandQueue idle = consumer("worker-2");
        busy.submit("busy-with-it");
        Delivery taken = takeExpected(busy);

        assertThat(idle.recover()).isZero();
        assertThat(idle.take(quietPeriod())).isEmpty();
        taken.ack();
    }

    @Test
    @Timeout(120)
    void threadsSharingOneQueueEachTakeDistinctCommandsAndTogetherAllOfThem() {
        CommandQueue queue = consumer("worker-1");
        List<String> submitted = IntStream.range(0, 400).mapToObj(i -> "shared-" + i).toList();
        submitted.forEach(queue::submit);

        List<List<String>> takenByThread = Concurrently.collect(4, thread -> drain(queue));

        assertThat(takenByThread.stream().flatMap(List::stream).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(submitted);
    }

    @Test
    @Timeout(120)
    void consumersTakingWhileProducersSubmitReceiveEveryCommandExactlyOnce() {
        int producers = 2;
        int perProducer = 150;
        ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();

        Concurrently.collect(producers + 4, runner -> {
            if (runner < producers) {
                CommandQueue producer = consumer("producer-" + runner);
                IntStream.range(0, perProducer).forEach(i -> producer.submit("p" + runner + "-" + i));
            } else {
                collect(consumer("worker-" + runner), received, producers * perProducer);
            }
            return runner;
        });

        List<String> expected = IntStream.range(0, producers).boxed()
                .flatMap(p -> IntStream.range(0, perProducer).mapToObj(i -> "p" + p + "-" + i)).toList();
        assertThat(received).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private Delivery takeExpected(CommandQueue queue) {
        Optional<Delivery> delivery = queue.take(PATIENCE);
        assertThat(delivery).as("a command within %s", PATIENCE).isPresent();
        return delivery.orElseThrow();
    }

    private List<String> drain(CommandQueue queue) {
        List<String> taken = new ArrayList<>();
        for (Optional<Delivery> next = queue.take(quietPeriod()); next.isPresent(); next = queue.take(quietPeriod())) {
            taken.add(next.get().payload());
            next.get().ack();
        }
        return taken;
    }

    private void collect(CommandQueue queue, Collection<String> received, int total) {
        long deadline = System.nanoTime() + PATIENCE.multipliedBy(6).toNanos();
        while (received.size() < total && System.nanoTime() < deadline) {
            queue.take(quietPeriod()).ifPresent(delivery -> {
                received.add(delivery.payload());
                delivery.ack();
            });
        }
    }
}
