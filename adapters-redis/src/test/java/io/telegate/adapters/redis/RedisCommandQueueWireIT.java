package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.lettuce.core.KeyValue;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How {@link RedisCommandQueue} meets the Redis list of seed 002 and the programs that already use it. */
class RedisCommandQueueWireIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisConfig config = redis.config("worker-1");
    private final RedisCommandQueue queue = new RedisCommandQueue(redis.connections(config));
    private final RedisCommands<String, String> raw = redis.raw();

    @AfterEach
    void deleteTheKeys() {
        redis.close();
    }

    @Test
    void commandsAnExistingProducerRpushesAreTakenFirstInFirstOut() {
        String first = "{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":1}";
        String second = "{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":2}";
        String third = "{\"command\":\"fetch\",\"chat\":\"@ru_python\",\"mode\":\"days\",\"days\":3}";
        raw.rpush(config.commandsKey(), first, second);
        raw.rpush(config.commandsKey(), third);

        assertThat(List.of(takeAndAck(), takeAndAck(), takeAndAck())).containsExactly(first, second, third);
    }

    @Test
    void commandsAnExistingProducerLpushesAreTakenInTheOrderBlpopGaveThem() {
        for (String payload : List.of("a", "b", "c")) {
            raw.lpush(config.commandsKey(), payload);
        }

        assertThat(List.of(takeAndAck(), takeAndAck(), takeAndAck())).containsExactly("c", "b", "a");
    }

    @Test
    void submittedCommandsGoToTheTailWhereAnOldBlpopConsumerStillFindsThem() {
        queue.submit("first");
        queue.submit("second");

        KeyValue<String, String> popped = raw.blpop(5, config.commandsKey());

        assertThat(popped.getValue()).isEqualTo("first");
        assertThat(raw.lrange(config.commandsKey(), 0, -1)).containsExactly("second");
    }

    @Test
    void aTakenCommandWaitsInTheConsumersProcessingListUntilAcknowledged() {
        queue.submit("in-flight");

        Delivery delivery = take();

        assertThat(config.processingKey()).isEqualTo(config.commandsKey() + ":processing:worker-1");
        assertThat(raw.lrange(config.processingKey(), 0, -1)).containsExactly("in-flight");
        assertThat(raw.llen(config.commandsKey())).isZero();
        delivery.ack();
        assertThat(raw.llen(config.processingKey())).isZero();
    }

    @Test
    void aRequeuedCommandGoesBackToTheHeadOfTheList() {
        queue.submit("retry-me");
        queue.submit("next");

        take().requeue();

        assertThat(raw.lrange(config.commandsKey(), 0, -1)).containsExactly("retry-me", "next");
        assertThat(raw.llen(config.processingKey())).isZero();
    }

    @Test
    void deadLettersAreKeptInAStreamWithPayloadReasonTimeAndConsumer() {
        queue.submit("{broken");
        Instant before = Instant.now();

        take().deadLetter("payload is not valid JSON");

        Instant after = Instant.now();
        List<StreamMessage<String, String>> entries = raw.xrange(config.deadLetterKey(), Range.unbounded());
        assertThat(entries).singleElement().satisfies(entry -> {
            Map<String, String> fields = entry.getBody();
            assertThat(fields).containsEntry("payload", "{broken")
                    .containsEntry("reason", "payload is not valid JSON")
                    .containsEntry("consumer", "worker-1");
            assertThat(Instant.parse(fields.get("at"))).isBetween(before, after);
        });
        assertThat(raw.llen(config.processingKey())).isZero();
    }

    @Test
    void deadLettersWrittenByAnotherToolAreListedWithTheTimeOfTheirEntry() {
        String id = raw.xadd(config.deadLetterKey(), Map.of("payload", "{old", "reason", "written by hand"));

        List<DeadLetter> listed = queue.deadLetters(5);

        long idMillis = Long.parseLong(id.substring(0, id.indexOf('-')));
        assertThat(listed).containsExactly(new DeadLetter("{old", "written by hand", Instant.ofEpochMilli(idMillis)));
    }

    @Test
    void aRestartedConsumerGetsBackWhatItsCrashedPredecessorTookMarkedRedelivered() {
        RedisConnections crashing = redis.connections(config);
        RedisCommandQueue predecessor = new RedisCommandQueue(crashing);
        List.of("taken-1", "taken-2", "waiting").forEach(predecessor::submit);
        predecessor.take(PATIENCE).orElseThrow();
        predecessor.take(PATIENCE).orElseThrow();
        crashing.close();

        RedisCommandQueue restarted = new RedisCommandQueue(redis.connections(config));
        int putBack = restarted.recover();

        assertThat(putBack).isEqualTo(2);
        assertThat(raw.lrange(config.commandsKey(), 0, -1)).containsExactly("taken-1", "taken-2", "waiting");
        assertThat(raw.llen(config.processingKey())).isZero();
        List<Delivery> again = List.of(take(restarted), take(restarted), take(restarted));
        again.forEach(Delivery::ack);
        assertThat(again).extracting(Delivery::payload, Delivery::redelivered).containsExactly(
                tuple("taken-1", true),
                tuple("taken-2", true),
                tuple("waiting", false));
        assertThat(raw.exists(config.redeliveredKey())).as("redelivery counts left behind").isZero();
    }

    @Test
    void aWaitingTakeDoesNotHoldUpOtherCommandsOfTheSameConnections() throws Exception {
        RedisConnections shared = redis.connections(config);
        RedisCommandQueue waitingQueue = new RedisCommandQueue(shared);
        CompletableFuture<Optional<Delivery>> waiting =
                CompletableFuture.supplyAsync(() -> waitingQueue.take(PATIENCE));
        awaitBlockedTake();

        RedisStateStore state = new RedisStateStore(shared);
        state.put("while-waiting", "written", Optional.empty());
        String readBack = state.get("while-waiting").orElseThrow();
        waitingQueue.submit("for-the-waiting-take");

        Optional<Delivery> taken = waiting.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        assertThat(readBack).isEqualTo("written");
        assertThat(taken).map(Delivery::payload).contains("for-the-waiting-take");
        taken.orElseThrow().ack();
    }

    @Test
    void anInterruptedTakeReturnsEmptyWithTheFlagSetAndNoCommandIsLost() throws Exception {
        AtomicReference<Optional<Delivery>> result = new AtomicReference<>();
        AtomicBoolean flagSet = new AtomicBoolean();
        Thread taker = Thread.ofPlatform().start(() -> {
            result.set(queue.take(PATIENCE));
            flagSet.set(Thread.currentThread().isInterrupted());
        });
        awaitBlockedTake();

        taker.interrupt();
        taker.join(PATIENCE.toMillis());
        queue.submit("after-the-interrupt");

        assertThat(result.get()).isEmpty();
        assertThat(flagSet).isTrue();
        Optional<Delivery> next = queue.take(Duration.ofMillis(500));
        if (next.isEmpty()) {
            // The abandoned BLMOVE may have moved it just before its connection closed; recover gives it back.
            assertThat(queue.recover()).isEqualTo(1);
            next = queue.take(PATIENCE);
        }
        assertThat(next).map(Delivery::payload).contains("after-the-interrupt");
    }

    @Test
    void aListKeyHoldingAnotherTypeFailsPermanently() {
        raw.set(config.commandsKey(), "not a list");

        assertThatThrownBy(() -> queue.submit("x"))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("WRONGTYPE");
        assertThatThrownBy(() -> queue.take(Duration.ZERO)).isInstanceOf(PermanentFailure.class);
    }

    @Test
    void anUnreachableRedisFailsTransientlyWithoutRevealingThePassword() {
        RedisConfig unreachable = config.withUrl("redis://:s3cret-passw0rd@127.0.0.1:1/0")
                .withCommandTimeout(Duration.ofSeconds(2));
        RedisCommandQueue nowhere = new RedisCommandQueue(redis.connections(unreachable));

        for (Runnable call : List.<Runnable>of(() -> nowhere.submit("x"), () -> nowhere.take(Duration.ofMillis(100)),
                () -> nowhere.take(Duration.ZERO), nowhere::recover, () -> nowhere.deadLetters(1))) {
            assertThatThrownBy(call::run).isInstanceOf(TransientFailure.class)
                    .satisfies(failure -> assertNoPasswordIn(failure, "s3cret-passw0rd"));
        }
        assertThat(unreachable.toString()).doesNotContain("s3cret-passw0rd");
    }

    private void awaitBlockedTake() throws InterruptedException {
        // Wait until Redis itself reports a client blocked on this test's list, so the take really is waiting.
        for (int i = 0; i < 200 && !raw.clientList().contains("cmd=blmove"); i++) {
            Thread.sleep(25);
        }
    }

    private static void assertNoPasswordIn(Throwable failure, String password) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
            assertThat(t.toString()).doesNotContain(password);
        }
    }

    private String takeAndAck() {
        Delivery delivery = take();
        delivery.ack();
        return delivery.payload();
    }

    private Delivery take() {
        return take(queue);
    }

    private static Delivery take(RedisCommandQueue from) {
        Optional<Delivery> delivery = from.take(PATIENCE);
        assertThat(delivery).as("a command within %s", PATIENCE).isPresent();
        return delivery.orElseThrow();
    }
}
