package io.telegate.testkit.messaging;

import io.telegate.testkit.fixtures.Concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour the {@link EventPublisher} Javadoc promises, run against any implementation of the port.
 *
 * <p>An adapter's test extends this class and implements two hooks: {@link #publisher()} returns the publisher
 * under test, already connected to a destination that a subscriber of the test's own watches (subscribe in a
 * {@code @BeforeEach}, before anything is published, so nothing is missed; use a destination of its own per
 * test, or purge it); {@link #receivedPayloads(int, Duration)} reports what that subscriber received, in
 * arrival order. Only payloads are compared, so the adapter is free in how it carries the type and the key.
 *
 * <pre>{@code
 * class RabbitEventPublisherIT extends EventPublisherContract {
 *
 *     private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
 *     private final List<String> seen = new ArrayList<>();
 *     private RabbitEventPublisher publisher;
 *
 *     @BeforeEach
 *     void bindATestQueue() throws Exception {
 *         String exchange = "contract-" + UUID.randomUUID();
 *         publisher = new RabbitEventPublisher(connection, exchange);
 *         // declare an exclusive queue bound to the exchange; its consumer adds each body to `received`
 *     }
 *
 *     @Override
 *     protected EventPublisher publisher() {
 *         return publisher;
 *     }
 *
 *     @Override
 *     protected List<String> receivedPayloads(int atLeast, Duration wait) {
 *         long deadline = System.nanoTime() + wait.toNanos();
 *         try {
 *             while (seen.size() < atLeast) {
 *                 String next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
 *                 if (next == null) {
 *                     break;
 *                 }
 *                 seen.add(next);
 *             }
 *         } catch (InterruptedException interrupted) {
 *             Thread.currentThread().interrupt();
 *         }
 *         received.drainTo(seen);
 *         return List.copyOf(seen);
 *     }
 * }
 * }</pre>
 */
public abstract class EventPublisherContract {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** The publisher under test; every call during one test returns the same one. */
    protected abstract EventPublisher publisher();

    /**
     * The payloads the test's subscriber received so far, in arrival order, after waiting until at least
     * {@code atLeast} arrived or {@code wait} passed, whichever comes first.
     */
    protected abstract List<String> receivedPayloads(int atLeast, Duration wait);

    @Test
    void aPublishedEventReachesSubscribersWithItsPayloadUnchanged() {
        String payload = "{\"type\":\"progress\",\"chat\":\"@новости\",\"text\":\"line 1\\nline 2 \u2728\"}";

        publisher().publish(new OutboundEvent("progress", "chat-1", payload));

        assertThat(receivedPayloads(1, PATIENCE)).containsExactly(payload);
    }

    @Test
    void eventsPublishedByOneThreadArriveInPublicationOrder() {
        EventPublisher publisher = publisher();
        List<String> published = IntStream.range(0, 200).mapToObj(i -> "{\"seq\":" + i + "}").toList();

        for (int i = 0; i < published.size(); i++) {
            publisher.publish(new OutboundEvent("progress", "chat-" + i % 3, published.get(i)));
        }

        assertThat(receivedPayloads(published.size(), PATIENCE)).containsExactlyElementsOf(published);
    }

    @Test
    @Timeout(120)
    void eventsPublishedFromSeveralThreadsAllArriveEachThreadsInItsOwnOrder() {
        EventPublisher publisher = publisher();
        int threads = 4;
        int perThread = 50;

        Concurrently.collect(threads, thread -> {
            IntStream.range(0, perThread).forEach(i ->
                    publisher.publish(new OutboundEvent("progress", "chat-" + thread, payload(thread, i))));
            return thread;
        });

        List<String> received = receivedPayloads(threads * perThread, PATIENCE);
        assertThat(received).hasSize(threads * perThread).doesNotHaveDuplicates();
        for (int thread = 0; thread < threads; thread++) {
            String prefix = "{\"thread\":" + thread + ",";
            int publisherThread = thread;
            List<String> expected =
                    IntStream.range(0, perThread).mapToObj(seq -> payload(publisherThread, seq)).toList();
            assertThat(received.stream().filter(p -> p.startsWith(prefix)).toList())
                    .as("events of thread %d", thread)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static String payload(int thread, int seq) {
        return "{\"thread\":" + thread + ",\"seq\":" + seq + "}";
    }
}
