package io.telegate.testkit.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.testkit.fixtures.Concurrently;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link DeliveryAttempts} log promises; an adapter's test extends this class and supplies a
 * fresh, empty log.
 *
 * <p>Besides the port's Javadoc, this suite fixes these rules: every field of an attempt reads back exactly as
 * recorded (instants to the microsecond, which is what a database column keeps), including an error text of a few
 * thousand characters; tasks never see each other's attempts.
 */
public abstract class DeliveryAttemptsContract {

    private static final Instant T0 = Instant.parse("2025-11-07T10:00:00.123456Z");

    private DeliveryAttempts log;

    /** A new, empty log; called before each test. */
    protected abstract DeliveryAttempts newLog();

    @BeforeEach
    void createLog() {
        log = newLog();
    }

    @Test
    void aRecordedAttemptReadsBackUnchanged() {
        DeliveryAttempt delivered = DeliveryAttempt.delivered("t-1", 1, 1, T0, T0.plusMillis(250), 4242L);
        DeliveryAttempt failed = DeliveryAttempt.undelivered("t-1", 2, 2, T0.plusSeconds(1), T0.plusSeconds(2),
                AttemptOutcome.RETRYING, "Transport: connection reset ".repeat(100));

        assertThat(log.record(delivered)).isTrue();
        assertThat(log.record(failed)).isTrue();

        assertThat(log.forTask("t-1")).containsExactly(delivered, failed);
    }

    @Test
    void everyOutcomeIsKept() {
        AttemptOutcome[] outcomes = AttemptOutcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            log.record(attempt("t-1", i + 1, outcomes[i]));
        }

        assertThat(log.forTask("t-1")).extracting(DeliveryAttempt::outcome).containsExactly(outcomes);
    }

    @Test
    void attemptsAreListedByAttemptNumberWhateverTheOrderTheyWereRecordedIn() {
        log.record(attempt("t-1", 3, AttemptOutcome.DELIVERED));
        log.record(attempt("t-1", 1, AttemptOutcome.RATE_LIMITED));
        log.record(attempt("t-1", 7, AttemptOutcome.RETRYING));

        assertThat(log.forTask("t-1")).extracting(DeliveryAttempt::attemptNo).containsExactly(1, 3, 7);
        assertThat(log.latest("t-1")).get().extracting(DeliveryAttempt::attemptNo).isEqualTo(7);
    }

    @Test
    void aSecondRecordOfTheSameAttemptNumberIsRefusedAndChangesNothing() {
        DeliveryAttempt first = attempt("t-1", 1, AttemptOutcome.DELIVERED);
        log.record(first);

        assertThat(log.record(attempt("t-1", 1, AttemptOutcome.UNKNOWN))).isFalse();

        assertThat(log.forTask("t-1")).containsExactly(first);
    }

    @Test
    void tasksDoNotSeeEachOthersAttempts() {
        DeliveryAttempt ofOne = attempt("t-1", 1, AttemptOutcome.DELIVERED);
        DeliveryAttempt ofTwo = attempt("t-2", 1, AttemptOutcome.FAILED);
        log.record(ofOne);
        log.record(ofTwo);

        assertThat(log.forTask("t-1")).containsExactly(ofOne);
        assertThat(log.forTask("t-2")).containsExactly(ofTwo);
        assertThat(log.latest("t-2")).contains(ofTwo);
    }

    @Test
    void aTaskWithoutAttemptsHasAnEmptyTimelineAndNoLatest() {
        assertThat(log.forTask("nobody")).isEmpty();
        assertThat(log.latest("nobody")).isEmpty();
    }

    @Test
    void ofRacingRecordsOfOneAttemptNumberExactlyOneWins() {
        AtomicInteger winners = new AtomicInteger();

        Concurrently.run(8, t -> {
            if (log.record(attempt("t-1", 1, t % 2 == 0 ? AttemptOutcome.DELIVERED : AttemptOutcome.UNKNOWN))) {
                winners.incrementAndGet();
            }
        });

        assertThat(winners).hasValue(1);
        assertThat(log.forTask("t-1")).hasSize(1);
    }

    @Test
    void concurrentRecordsOfDifferentAttemptsAreAllKept() {
        Concurrently.run(4, t -> IntStream.range(0, 25)
                .forEach(i -> log.record(attempt("t-1", t * 25 + i + 1, AttemptOutcome.RETRYING))));

        List<DeliveryAttempt> all = log.forTask("t-1");
        assertThat(all).extracting(DeliveryAttempt::attemptNo)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }

    private static DeliveryAttempt attempt(String taskId, int attemptNo, AttemptOutcome outcome) {
        Instant started = T0.plusSeconds(attemptNo);
        if (outcome == AttemptOutcome.DELIVERED) {
            return DeliveryAttempt.delivered(taskId, attemptNo, 1, started, started.plusMillis(80), 1000L + attemptNo);
        }
        return DeliveryAttempt.undelivered(taskId, attemptNo, 1, started, started.plusMillis(80), outcome,
                outcome.name().toLowerCase() + " on attempt " + attemptNo);
    }
}
