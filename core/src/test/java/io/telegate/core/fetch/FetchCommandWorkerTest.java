package io.telegate.core.fetch;

import static io.telegate.core.fetch.FetchWorld.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.InvalidPayloadException;
import io.telegate.testkit.messaging.InMemoryCommandQueue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchCommandWorkerTest {

    private static final Duration POLL = Duration.ofMillis(50);
    private final FetchWorld world = new FetchWorld(2, 1);
    private final InMemoryCommandQueue queue = new InMemoryCommandQueue(world.clock);

    /** Decodes "good" to a one-day command and anything else as a schema violation of {@code mode}. */
    private static final Codec<FetchCommand> CODEC = new Codec<>() {
        @Override
        public FetchCommand decode(String payload) {
            if (!payload.equals("good")) {
                throw new InvalidPayloadException("mode", "must be one of date, days, range");
            }
            return FetchWorld.range(FIRST_DAY, FIRST_DAY, FetchStrategy.BATCH);
        }

        @Override
        public String encode(FetchCommand value) {
            return "good";
        }
    };

    private FetchCommandWorker worker() {
        return new FetchCommandWorker(queue, CODEC, world.service(FetchWorld.policy()), world.clock);
    }

    @Test
    void aBrokenCommandIsAnsweredWithAFailedEventNamingTheFieldAndDeadLettered() throws Exception {
        queue.submit("{\"mode\":\"weekly\"}");
        queue.submit("good");
        FetchCommandWorker worker = worker();

        assertThat(worker.runOnce(POLL)).isTrue();
        assertThat(worker.runOnce(POLL)).isTrue();

        assertThat(world.codec.events(FetchEvent.Failed.class)).singleElement().satisfies(f -> {
            assertThat(f.error()).isEqualTo("invalid_command");
            assertThat(f.field()).contains("mode");
            assertThat(f.reason()).contains("date, days, range");
        });
        assertThat(queue.deadLetters(10)).singleElement().satisfies(d -> {
            assertThat(d.payload()).isEqualTo("{\"mode\":\"weekly\"}");
            assertThat(d.reason()).contains("invalid_command", "mode");
        });
        assertThat(world.codec.events(FetchEvent.Completed.class)).hasSize(1);
        assertThat(world.metrics.count("telegate.fetch.commands", "outcome", "rejected")).isEqualTo(1);
        assertThat(world.metrics.count("telegate.fetch.commands", "outcome", "completed")).isEqualTo(1);
    }

    @Test
    void aCompletedCommandIsAcknowledgedAndLeavesNothingInFlight() throws Exception {
        queue.submit("good");

        worker().runOnce(POLL);

        assertThat(queue.broker().waiting()).isEmpty();
        assertThat(queue.broker().inFlightCount()).isZero();
        assertThat(queue.deadLetters(10)).isEmpty();
    }

    @Test
    void aCommandThatFailsIsDeadLetteredWithItsReasonNotLost() throws Exception {
        world.sandbox.revokeSession(world.session.id());
        queue.submit("good");

        worker().runOnce(POLL);

        assertThat(queue.deadLetters(10)).singleElement()
                .satisfies(d -> assertThat(d.reason()).startsWith("access_lost"));
        assertThat(queue.broker().inFlightCount()).isZero();
    }

    @Test
    void aCommandInterruptedByShutdownGoesBackToTheQueue() {
        queue.submit("good");
        FetchCommandWorker worker = new FetchCommandWorker(queue, CODEC, command -> {
            throw new InterruptedException("shutdown");
        }, world.service(FetchWorld.policy()).events(), world.clock, () -> { });

        assertThatThrownBy(() -> worker.runOnce(POLL)).isInstanceOf(InterruptedException.class);

        assertThat(queue.broker().waiting()).containsExactly("good");
    }

    @Test
    void nothingToTakeReturnsFalse() throws Exception {
        assertThat(worker().runOnce(POLL)).isFalse();
    }

    @Test
    void aStoppedWorkerTakesNoMoreCommands() {
        queue.submit("good");
        FetchCommandWorker worker = worker();
        worker.stop();

        worker.run(POLL);

        assertThat(queue.broker().waiting()).containsExactly("good");
    }
}
