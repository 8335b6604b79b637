package io.telegate.core.monitor;

import static io.telegate.core.monitor.MonitorWorld.CHAT;
import static io.telegate.core.monitor.MonitorWorld.awaitUntil;
import static io.telegate.core.monitor.MonitorWorld.ids;
import static io.telegate.core.monitor.MonitorWorld.sequences;
import static io.telegate.core.monitor.MonitorWorld.start;
import static io.telegate.core.monitor.MonitorWorld.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.model.monitor.MonitorOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MonitorManagerTest {

    private final MonitorWorld world = new MonitorWorld();

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void startedChatPublishesOnlyNewMessagesInOrderWithSequenceFromOne() throws Exception {
        world.post(3);
        MonitorManager monitor = world.manager("monitor-a");

        MonitorOutcome outcome = monitor.handle(start(world.primary, world.backup));
        List<TelegramMessage> posted = world.post(5);

        assertThat(outcome).isEqualTo(new MonitorOutcome.Started(Optional.of(world.primary.id())));
        List<IncomingTelegramMessage> published = world.awaitMessages(5);
        assertThat(ids(published)).isEqualTo(posted.stream().map(TelegramMessage::id).toList());
        assertThat(sequences(published)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(published).allSatisfy(m -> {
            assertThat(m.chatId()).isEqualTo(ChatRef.parse(CHAT));
            assertThat(m.metadata().sessionId()).isEqualTo(world.primary.id());
            assertThat(m.metadata().gapFill()).isFalse();
        });
        assertThat(published.getFirst().text()).isEqualTo(posted.getFirst().text());
        assertThat(world.publisher.published()).allSatisfy(e -> assertThat(e.key()).isEqualTo(CHAT));
        assertThat(world.publisher.published()).allSatisfy(e -> assertThat(e.type())
                .isEqualTo("incoming_telegram_message"));
    }

    @Test
    void aSecondStartOfTheSameChatChangesNothing() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary));

        assertThat(monitor.handle(start(world.backup))).isEqualTo(new MonitorOutcome.AlreadyMonitoring());
        world.post(1);
        assertThat(world.awaitMessages(1).getFirst().metadata().sessionId()).isEqualTo(world.primary.id());
    }

    @Test
    void revokedPrimaryFailsOverToBackupWithoutLosingMessages() throws Exception {
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        MonitorManager monitor = world.manager("monitor-a", accounts);
        monitor.handle(start(world.primary, world.backup));
        List<TelegramMessage> before = world.post(3);
        world.awaitMessages(3);

        accounts.holdConnects(world.backup.id());
        world.sandbox.revokeSession(world.primary.id());
        awaitUntil("access_lost", () -> !world.events(MonitorEvent.AccessLost.class).isEmpty());
        List<TelegramMessage> duringFailover = world.post(4);
        accounts.releaseConnects(world.backup.id());
        awaitUntil("gap_filled", () -> !world.events(MonitorEvent.GapFilled.class).isEmpty());
        List<TelegramMessage> after = world.post(2);

        List<IncomingTelegramMessage> published = world.awaitMessages(9);
        List<Long> expected = LongStream.rangeClosed(before.getFirst().id(), after.getLast().id()).boxed().toList();
        assertThat(ids(published)).isEqualTo(expected);
        assertThat(sequences(published)).isEqualTo(LongStream.rangeClosed(1, 9).boxed().toList());
        assertThat(world.events(MonitorEvent.AccessLost.class)).singleElement()
                .isEqualTo(new MonitorEvent.AccessLost(ChatRef.parse(CHAT), world.primary.id(),
                        "AUTH_KEY_UNREGISTERED"));
        assertThat(world.events(MonitorEvent.GapFilled.class)).singleElement()
                .isEqualTo(new MonitorEvent.GapFilled(ChatRef.parse(CHAT), duringFailover.getFirst().id(),
                        duringFailover.getLast().id(), 4));
        assertThat(published.subList(3, 7)).allSatisfy(m -> {
            assertThat(m.metadata().gapFill()).isTrue();
            assertThat(m.metadata().sessionId()).isEqualTo(world.backup.id());
        });
        assertThat(published.subList(7, 9)).allSatisfy(m -> assertThat(m.metadata().gapFill()).isFalse());
        assertThat(world.events()).element(3).isInstanceOf(MonitorEvent.AccessLost.class);
        assertThat(world.events()).element(8).isInstanceOf(MonitorEvent.GapFilled.class);
        assertThat(world.metrics.count(MonitorMetrics.FAILOVERS)).isEqualTo(1);
        assertThat(world.metrics.count(MonitorMetrics.GAP_FILLED)).isEqualTo(4);
        assertThat(monitor.status().sessions()).anySatisfy(s -> {
            assertThat(s.sessionId()).isEqualTo(world.primary.id());
            assertThat(s.state()).isEqualTo(SessionState.QUARANTINED);
        });
    }

    @Test
    void aPrimaryThatCannotConnectAfterTheConfiguredAttemptsFailsOverWithConnectionLost() throws Exception {
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        accounts.failConnects(world.primary.id(), 3);
        MonitorManager monitor = world.manager("monitor-a", accounts);

        MonitorOutcome outcome = monitor.handle(start(world.primary, world.backup));

        assertThat(outcome).isEqualTo(new MonitorOutcome.Started(Optional.of(world.backup.id())));
        assertThat(world.events()).containsExactly(
                new MonitorEvent.AccessLost(ChatRef.parse(CHAT), world.primary.id(), "CONNECTION_LOST"));
        assertThat(world.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(accounts.connects(world.primary.id())).isZero();
    }

    @Test
    void aPrimaryThatConnectsWithinTheConfiguredAttemptsStaysTheSource() throws Exception {
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        accounts.failConnects(world.primary.id(), 2);
        MonitorManager monitor = world.manager("monitor-a", accounts);

        MonitorOutcome outcome = monitor.handle(start(world.primary, world.backup));

        assertThat(outcome).isEqualTo(new MonitorOutcome.Started(Optional.of(world.primary.id())));
        assertThat(world.events()).isEmpty();
        assertThat(world.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void exhaustedPoolStopsMonitoringAndForgetsTheChat() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary, world.backup));
        world.sandbox.kick(CHAT, world.readers.get(1).id());

        world.sandbox.revokeSession(world.primary.id());

        awaitUntil("monitoring_stopped", () -> !world.events(MonitorEvent.MonitoringStopped.class).isEmpty());
        assertThat(world.events()).containsExactly(
                new MonitorEvent.AccessLost(ChatRef.parse(CHAT), world.primary.id(), "AUTH_KEY_UNREGISTERED"),
                new MonitorEvent.AccessLost(ChatRef.parse(CHAT), world.backup.id(), "KICKED"),
                new MonitorEvent.MonitoringStopped(ChatRef.parse(CHAT), "no session of the pool can read the chat"));
        awaitUntil("chat dropped", () -> monitor.status().chats().isEmpty());
        assertThat(world.store.snapshot()).doesNotContainKey(ChatRecords.PREFIX + CHAT);
        assertThat(world.leases.holder(ChatOwnership.leaseName(CHAT))).isEmpty();
    }

    @Test
    void startWithAPoolThatCannotReadTheChatIsRejectedAndLeavesNothingBehind() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        world.sandbox.revokeSession(world.primary.id());

        MonitorOutcome outcome = monitor.handle(start(world.primary));

        assertThat(outcome).isInstanceOfSatisfying(MonitorOutcome.Rejected.class,
                r -> assertThat(r.reason()).contains("no session of the pool can read the chat", world.primary.id()));
        assertThat(world.events(MonitorEvent.MonitoringStopped.class)).isEmpty();
        assertThat(monitor.status().chats()).isEmpty();
        assertThat(world.store.snapshot()).doesNotContainKey(ChatRecords.PREFIX + CHAT);
    }

    @Test
    void startOfAChatThatDoesNotExistIsRejected() throws Exception {
        MonitorOutcome outcome = world.manager("monitor-a").handle(start("@no_such_chat", world.primary));

        assertThat(outcome).isInstanceOfSatisfying(MonitorOutcome.Rejected.class,
                r -> assertThat(r.reason()).contains("@no_such_chat"));
        assertThat(world.events()).isEmpty();
    }

    @Test
    void switchSourceMovesReadingToTheNewPrimaryAndKeepsTheSequence() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary));
        world.post(2);
        world.awaitMessages(2);

        MonitorOutcome outcome = monitor.handle(new MonitorCommand.SwitchMonitoringSource(Optional.of("sw"),
                ChatRef.parse(CHAT), world.backup, List.of(world.spare)));
        world.post(2);

        assertThat(outcome).isEqualTo(new MonitorOutcome.Switched(Optional.of(world.backup.id())));
        List<IncomingTelegramMessage> published = world.awaitMessages(4);
        assertThat(sequences(published)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(published)).doesNotHaveDuplicates().isSorted();
        assertThat(published.subList(2, 4)).allSatisfy(m ->
                assertThat(m.metadata().sessionId()).isEqualTo(world.backup.id()));
        assertThat(monitor.status().chats()).singleElement()
                .satisfies(c -> assertThat(c.sourceSessionId()).contains(world.backup.id()));
    }

    @Test
    void switchOfAChatNobodyMonitorsIsRejected() throws Exception {
        MonitorOutcome outcome = world.manager("monitor-a").handle(new MonitorCommand.SwitchMonitoringSource(
                Optional.empty(), ChatRef.parse(CHAT), world.backup, List.of()));

        assertThat(outcome).isEqualTo(new MonitorOutcome.Rejected("chat " + CHAT + " is not monitored"));
    }

    @Test
    void stopPublishesMonitoringStoppedAndASecondStopFindsNothing() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary));

        assertThat(monitor.handle(stop(CHAT))).isEqualTo(new MonitorOutcome.Stopped());
        assertThat(monitor.handle(stop(CHAT))).isEqualTo(new MonitorOutcome.NotMonitored());
        world.post(2);

        assertThat(world.events()).containsExactly(
                new MonitorEvent.MonitoringStopped(ChatRef.parse(CHAT), "stopped by command"));
        assertThat(monitor.status().chats()).isEmpty();
        assertThat(world.store.snapshot()).doesNotContainKey(ChatRecords.PREFIX + CHAT);
    }

    @Test
    void joinChatMakesTheSessionAMemberOfAPrivateChat() throws Exception {
        var secret = world.sandbox.createChat(null, "Secret", ChatKind.SUPERGROUP);
        String invite = secret.inviteLink().orElseThrow();
        MonitorManager monitor = world.manager("monitor-a");

        MonitorOutcome joined = monitor.handle(new MonitorCommand.JoinChat(Optional.of("j"), ChatRef.parse(invite),
                world.spare));

        assertThat(joined).isEqualTo(new MonitorOutcome.Joined(secret.id(), "Secret"));
        assertThat(monitor.handle(start(Long.toString(secret.id()), world.spare)))
                .isEqualTo(new MonitorOutcome.Started(Optional.of(world.spare.id())));
        assertThat(monitor.handle(new MonitorCommand.JoinChat(Optional.empty(),
                ChatRef.parse("https://t.me/+NoSuchInvite"), world.spare)))
                .isInstanceOf(MonitorOutcome.Rejected.class);
    }

    @Test
    void aSessionSharedByTwoChatsIsConnectedOnceAndDisconnectedWhenBothStop() throws Exception {
        world.sandbox.createChat("second", "Second", ChatKind.SUPERGROUP);
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        MonitorManager monitor = world.manager("monitor-a", accounts);

        monitor.handle(start(CHAT, world.primary));
        monitor.handle(start("@second", world.primary));
        world.post(CHAT, 1);
        world.post("@second", 1);
        world.awaitMessages(2);

        assertThat(accounts.connects(world.primary.id())).isEqualTo(1);
        monitor.handle(stop(CHAT));
        assertThat(accounts.closes(world.primary.id())).isZero();
        assertThat(world.leases.holder(SessionConnections.leaseName(world.primary.id()))).isPresent();
        monitor.handle(stop("@second"));
        assertThat(accounts.closes(world.primary.id())).isEqualTo(1);
        assertThat(world.leases.holder(SessionConnections.leaseName(world.primary.id()))).isEmpty();
    }

    @Test
    void aRevokedSessionSharedByTwoChatsIsQuarantinedOnceAndEachChatFailsOver() throws Exception {
        world.sandbox.createChat("second", "Second", ChatKind.SUPERGROUP);
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        MonitorManager monitor = world.manager("monitor-a", accounts);
        monitor.handle(start(CHAT, world.primary, world.backup));
        monitor.handle(start("@second", world.primary, world.spare));

        world.sandbox.revokeSession(world.primary.id());
        awaitUntil("both chats on their backups", () -> monitor.status().chats().stream()
                .allMatch(c -> c.phase() == ChatPhase.LIVE && !c.sourceSessionId().orElse("").equals(
                        world.primary.id())));
        world.post(CHAT, 1);
        world.post("@second", 1);
        world.awaitMessages(2);

        assertThat(world.events(MonitorEvent.AccessLost.class)).extracting(MonitorEvent.AccessLost::chatId)
                .containsExactlyInAnyOrder(ChatRef.parse(CHAT), ChatRef.parse("@second"));
        assertThat(accounts.connects(world.primary.id())).isEqualTo(1);
        assertThat(world.messages()).extracting(m -> m.metadata().sessionId())
                .containsExactlyInAnyOrder(world.backup.id(), world.spare.id());
    }

    @Test
    void aPublishFailureIsRetriedAndNoMessageIsLostOrDuplicated() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary));
        world.publisher.failNext(3);

        List<TelegramMessage> posted = world.post(3);

        List<IncomingTelegramMessage> published = world.awaitMessages(3);
        assertThat(ids(published)).isEqualTo(posted.stream().map(TelegramMessage::id).toList());
        assertThat(sequences(published)).containsExactly(1L, 2L, 3L);
        assertThat(world.pauses).containsSubsequence(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
    }

    @Test
    void aQuietChatIsProbedAndAStalledUpdateStreamIsCaught() throws Exception {
        ControlledAccounts accounts = new ControlledAccounts(world.sandbox.userAccounts());
        MonitorManager monitor = world.manager("monitor-a", accounts);
        monitor.handle(start(world.primary));
        world.post(1);
        world.awaitMessages(1);

        accounts.stallOpenSubscriptions();
        List<TelegramMessage> missed = world.post(2);
        world.clock.advance(MonitorWorld.policy().quietProbeAfter().plusSeconds(1));
        monitor.tick();
        List<IncomingTelegramMessage> published = world.awaitMessages(3);
        world.post(1);

        assertThat(ids(published.subList(1, 3))).isEqualTo(missed.stream().map(TelegramMessage::id).toList());
        assertThat(published.subList(1, 3)).allSatisfy(m -> assertThat(m.metadata().gapFill()).isTrue());
        assertThat(world.awaitMessages(4).getLast().metadata().gapFill()).isFalse();
        assertThat(sequences(world.messages())).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void gaugesAndCountersDescribeWhatIsMonitored() throws Exception {
        MonitorManager monitor = world.manager("monitor-a");
        monitor.handle(start(world.primary));
        world.post(2);
        world.awaitMessages(2);

        assertThat(world.metrics.gaugeValue(MonitorMetrics.CHATS)).hasValue(1.0);
        assertThat(world.metrics.gaugeValue(MonitorMetrics.SESSIONS, "state", "connected")).hasValue(1.0);
        assertThat(world.metrics.count(MonitorMetrics.EVENTS, "type", "incoming_telegram_message")).isEqualTo(2);
    }
}
