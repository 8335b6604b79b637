package io.telegate.core.monitor;

import static io.telegate.core.monitor.MonitorWorld.CHAT;
import static io.telegate.core.monitor.MonitorWorld.awaitUntil;
import static io.telegate.core.monitor.MonitorWorld.ids;
import static io.telegate.core.monitor.MonitorWorld.sequences;
import static io.telegate.core.monitor.MonitorWorld.start;
import static io.telegate.core.monitor.MonitorWorld.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.model.monitor.MonitorOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Restarts, several processes sharing the stores, and what survives between them. */
class MonitorResumeTest {

    private static final Duration PAST_LEASE = MonitorWorld.policy().leaseTtl().plusSeconds(1);

    private final MonitorWorld world = new MonitorWorld();

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void aRestartedMonitorResumesEveryChatAndFillsTheGapOfItsDowntime() throws Exception {
        MonitorManager first = world.manager("monitor-a");
        first.handle(start(world.primary, world.backup));
        world.post(2);
        world.awaitMessages(2);
        first.shutdown(Duration.ofSeconds(5));

        List<TelegramMessage> whileDown = world.post(3);
        MonitorManager second = world.manager("monitor-a");
        second.tick();
        awaitUntil("gap_filled", () -> !world.events(MonitorEvent.GapFilled.class).isEmpty());
        List<TelegramMessage> live = world.post(1);

        List<IncomingTelegramMessage> published = world.awaitMessages(6);
        assertThat(sequences(published)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(ids(published.subList(2, 6))).isEqualTo(ids(whileDown, live));
        assertThat(published.subList(2, 5)).allSatisfy(m -> assertThat(m.metadata().gapFill()).isTrue());
        assertThat(world.events(MonitorEvent.GapFilled.class)).singleElement().isEqualTo(new MonitorEvent.GapFilled(
                ChatRef.parse(CHAT), whileDown.getFirst().id(), whileDown.getLast().id(), 3));
        assertThat(world.events(MonitorEvent.MonitoringStopped.class)).isEmpty();
    }

    @Test
    void sessionsAreStoredOnlyEncrypted() throws Exception {
        world.manager("monitor-a").handle(start(world.primary, world.backup));

        String stored = world.store.get(ChatRecords.PREFIX + CHAT).orElseThrow();

        assertThat(stored).doesNotContain(world.primary.sessionString(), world.primary.apiHash(),
                world.backup.sessionString(), world.backup.apiHash());
        ChatRecord record = ChatRecordFormat.decode(stored);
        assertThat(record.sessions()).extracting(s -> world.sealer.open(s))
                .containsExactly(world.primary, world.backup);
    }

    @Test
    void anotherProcessTakesTheChatOverWhenItsOwnerStopsRenewingAndFillsTheGap() throws Exception {
        ControlledAccounts ofA = new ControlledAccounts(world.sandbox.userAccounts());
        MonitorManager a = world.manager("monitor-a", ofA);
        MonitorManager b = world.manager("monitor-b");
        a.handle(start(world.primary, world.backup));
        world.post(2);
        world.awaitMessages(2);

        ofA.stallOpenSubscriptions();
        List<TelegramMessage> missed = world.post(2);
        b.tick();
        assertThat(b.status().chats()).isEmpty();
        world.clock.advance(PAST_LEASE);
        b.tick();
        awaitUntil("b owns the chat", () -> b.status().chats().stream().anyMatch(c -> c.phase() == ChatPhase.LIVE));
        List<TelegramMessage> live = world.post(1);

        List<IncomingTelegramMessage> published = world.awaitMessages(5);
        assertThat(sequences(published)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ids(published.subList(2, 5))).isEqualTo(ids(missed, live));
        assertThat(published.subList(2, 5)).allSatisfy(m ->
                assertThat(m.metadata().sessionId()).isEqualTo(world.primary.id()));
        a.tick();
        awaitUntil("a let go", () -> a.status().chats().isEmpty());
        world.post(1);
        world.awaitMessages(6);
        assertThat(world.events(MonitorEvent.AccessLost.class)).isEmpty();
        assertThat(sequences(world.messages())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aStopReceivedByAnotherProcessEndsTheOwnersMonitoring() throws Exception {
        MonitorManager a = world.manager("monitor-a");
        MonitorManager b = world.manager("monitor-b");
        a.handle(start(world.primary));

        assertThat(b.handle(stop(CHAT))).isEqualTo(new MonitorOutcome.Stopped());
        a.tick();
        awaitUntil("a let go", () -> a.status().chats().isEmpty());
        world.post(2);

        assertThat(world.events()).containsExactly(
                new MonitorEvent.MonitoringStopped(ChatRef.parse(CHAT), "stopped by command"));
        assertThat(world.leases.holder(ChatOwnership.leaseName(CHAT))).isEmpty();
    }

    @Test
    void aSwitchReceivedByAnotherProcessIsAppliedByTheOwner() throws Exception {
        MonitorManager a = world.manager("monitor-a");
        MonitorManager b = world.manager("monitor-b");
        a.handle(start(world.primary));
        world.post(1);
        world.awaitMessages(1);

        MonitorOutcome outcome = b.handle(new MonitorCommand.SwitchMonitoringSource(Optional.of("sw"),
                ChatRef.parse(CHAT), world.backup, List.of()));
        a.tick();
        awaitUntil("a reads through the backup", () -> a.status().chats().stream()
                .anyMatch(c -> c.sourceSessionId().equals(Optional.of(world.backup.id()))));
        world.post(1);

        assertThat(outcome).isEqualTo(new MonitorOutcome.Switched(Optional.empty()));
        List<IncomingTelegramMessage> published = world.awaitMessages(2);
        assertThat(published.getLast().metadata().sessionId()).isEqualTo(world.backup.id());
        assertThat(sequences(published)).containsExactly(1L, 2L);
        assertThat(b.status().chats()).isEmpty();
    }

    @Test
    void floodWaitOnThePrimaryDuringGapFillMovesTheReadToABackup() throws Exception {
        MonitorManager first = world.manager("monitor-a");
        first.handle(start(world.primary, world.backup));
        world.post(1);
        world.awaitMessages(1);
        first.shutdown(Duration.ofSeconds(5));
        List<TelegramMessage> whileDown = world.post(3);

        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        accounts.floodHistory(world.primary.id(), Duration.ofSeconds(600), 1);
        MonitorManager second = world.manager("monitor-a", accounts);
        second.tick();

        List<IncomingTelegramMessage> published = world.awaitMessages(4);
        assertThat(ids(published.subList(1, 4))).isEqualTo(whileDown.stream().map(TelegramMessage::id).toList());
        assertThat(published.subList(1, 4)).allSatisfy(m -> {
            assertThat(m.metadata().gapFill()).isTrue();
            assertThat(m.metadata().sessionId()).isEqualTo(world.backup.id());
        });
        assertThat(world.pauses).noneMatch(p -> p.compareTo(Duration.ofSeconds(60)) >= 0);
        assertThat(second.status().sessions()).anySatisfy(s -> {
            assertThat(s.sessionId()).isEqualTo(world.primary.id());
            assertThat(s.state()).isEqualTo(SessionState.COOLING);
        });
        assertThat(second.status().chats()).singleElement()
                .satisfies(c -> assertThat(c.sourceSessionId()).contains(world.primary.id()));
        assertThat(world.events(MonitorEvent.AccessLost.class)).isEmpty();
    }
}
