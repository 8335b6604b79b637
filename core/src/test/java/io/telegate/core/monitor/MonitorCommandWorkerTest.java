package io.telegate.core.monitor;

import static io.telegate.core.monitor.MonitorWorld.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.InvalidPayloadException;
import io.telegate.testkit.messaging.InMemoryCommandQueue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MonitorCommandWorkerTest {

    private static final Duration POLL = Duration.ofMillis(50);

    private final MonitorWorld world = new MonitorWorld();
    private final InMemoryCommandQueue queue = new InMemoryCommandQueue(world.clock);
    private final Map<String, MonitorCommand> known = Map.of(
            "start", MonitorWorld.start(world.primary),
            "switch-unknown", new MonitorCommand.SwitchMonitoringSource(Optional.of("cmd-7"),
                    ChatRef.parse("@elsewhere"), world.backup, List.of()));

    /** Decodes the payloads of {@link #known}; anything else breaks the schema at {@code primary_session.api_hash}. */
    private final Codec<MonitorCommand> codec = new Codec<>() {
        @Override
        public MonitorCommand decode(String payload) {
            MonitorCommand command = known.get(payload);
            if (command == null) {
                throw new InvalidPayloadException("primary_session.api_hash", "is required");
            }
            return command;
        }

        @Override
        public String encode(MonitorCommand value) {
            throw new UnsupportedOperationException("commands are only decoded here");
        }
    };

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private MonitorCommandWorker worker() {
        return new MonitorCommandWorker(queue, codec, world.manager("monitor-a"));
    }

    @Test
    void aBrokenCommandIsAnsweredWithCommandRejectedNamingTheFieldAndDeadLettered() throws Exception {
        queue.submit("{\"command\":\"start_monitoring_chat\"}");

        assertThat(worker().runOnce(POLL)).isTrue();

        assertThat(world.events()).containsExactly(new MonitorEvent.CommandRejected(Optional.empty(),
                "primary_session.api_hash: is required"));
        assertThat(world.publisher.published()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("command_rejected"));
        assertThat(queue.deadLetters(10)).singleElement().satisfies(d -> {
            assertThat(d.payload()).isEqualTo("{\"command\":\"start_monitoring_chat\"}");
            assertThat(d.reason()).isEqualTo("primary_session.api_hash: is required");
        });
        assertThat(queue.broker().inFlightCount()).isZero();
    }

    @Test
    void aCommandThatCannotBeCarriedOutIsRejectedWithItsIdAndDeadLettered() throws Exception {
        queue.submit("switch-unknown");

        worker().runOnce(POLL);

        assertThat(world.events()).containsExactly(new MonitorEvent.CommandRejected(Optional.of("cmd-7"),
                "chat @elsewhere is not monitored"));
        assertThat(queue.deadLetters(10)).singleElement()
                .satisfies(d -> assertThat(d.payload()).isEqualTo("switch-unknown"));
    }

    @Test
    void aCarriedOutCommandIsAcknowledgedAndTheChatIsMonitored() throws Exception {
        queue.submit("start");
        MonitorCommandWorker worker = worker();

        assertThat(worker.runOnce(POLL)).isTrue();
        assertThat(worker.runOnce(POLL)).isFalse();
        world.post(1);

        assertThat(queue.broker().inFlightCount()).isZero();
        assertThat(queue.broker().waiting()).isEmpty();
        assertThat(queue.deadLetters(10)).isEmpty();
        assertThat(world.awaitMessages(1).getFirst().chatId()).isEqualTo(ChatRef.parse(CHAT));
    }

    @Test
    void aRedeliveredStartIsAcknowledgedWithoutAnyEvent() throws Exception {
        queue.submit("start");
        queue.submit("start");
        MonitorCommandWorker worker = worker();

        worker.runOnce(POLL);
        worker.runOnce(POLL);

        assertThat(queue.deadLetters(10)).isEmpty();
        assertThat(queue.broker().inFlightCount()).isZero();
        assertThat(world.events()).isEmpty();
    }
}
