package io.telegate.testkit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryEventPublisherTest extends EventPublisherContract {

    private static final OutboundEvent PROGRESS = new OutboundEvent("progress", "cmd-1", "{\"done\":1}");
    private static final OutboundEvent MESSAGE = new OutboundEvent("incoming_telegram_message", "chat-1", "{}");

    private final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void subscribe() {
        publisher.subscribe(event -> received.add(event.payload()));
    }

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    /** Listeners are told on the publishing thread, so nothing is in transit when publish returns. */
    @Override
    protected List<String> receivedPayloads(int atLeast, Duration wait) {
        return List.copyOf(received);
    }

    @Test
    void theNextPublishesFailWithTransientFailureAndRecordNothing() {
        publisher.failNext(2);

        assertThatThrownBy(() -> publisher.publish(PROGRESS)).isInstanceOf(TransientFailure.class);
        assertThatThrownBy(() -> publisher.publish(PROGRESS)).isInstanceOf(TransientFailure.class);
        publisher.publish(MESSAGE);

        assertThat(publisher.published()).containsExactly(MESSAGE);
        assertThat(received).containsExactly(MESSAGE.payload());
    }

    @Test
    void failingZeroTimesStopsPendingFailures() {
        publisher.failNext(5);
        publisher.failNext(0);

        publisher.publish(PROGRESS);

        assertThat(publisher.published()).containsExactly(PROGRESS);
    }

    @Test
    void publishedEventsCanBeFilteredByType() {
        publisher.publish(PROGRESS);
        publisher.publish(MESSAGE);
        publisher.publish(PROGRESS);

        assertThat(publisher.published("progress")).containsExactly(PROGRESS, PROGRESS);
        assertThat(publisher.published("incoming_telegram_message")).containsExactly(MESSAGE);
        assertThat(publisher.published("unknown")).isEmpty();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        List<OutboundEvent> heard = new CopyOnWriteArrayList<>();
        Subscription subscription = publisher.subscribe(heard::add);
        publisher.publish(PROGRESS);

        subscription.close();
        subscription.close();
        publisher.publish(MESSAGE);

        assertThat(heard).containsExactly(PROGRESS);
    }

    @Test
    void awaitPublishedReturnsOnceEnoughEventsArrivedFromAnotherThread() {
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            publisher.publish(PROGRESS);
            publisher.publish(MESSAGE);
        });

        List<OutboundEvent> events = publisher.awaitPublished(2, Duration.ofSeconds(30));

        later.join();
        assertThat(events).containsExactly(PROGRESS, MESSAGE);
    }

    @Test
    void awaitPublishedFailsWhenTooFewEventsArrive() {
        publisher.publish(PROGRESS);

        assertThatThrownBy(() -> publisher.awaitPublished(2, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected at least 2");
    }

    @Test
    void clearForgetsWhatWasPublished() {
        publisher.publish(PROGRESS);

        publisher.clear();

        assertThat(publisher.published()).isEmpty();
    }
}
