package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.core.vault.SealingKeys;
import io.telegate.core.vault.SessionSealer;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryLeases;
import io.telegate.testkit.state.InMemoryStateStore;
import io.telegate.testkit.time.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A sandbox with one public supergroup, a writer and three reader accounts (one session each), and monitors wired
 * to shared in-memory stores, leases and publisher on a test clock; waits with bounded polling, never on speed.
 */
final class MonitorWorld implements AutoCloseable {

    static final String CHAT = "@watched";
    static final Duration PATIENCE = Duration.ofSeconds(10);

    final MutableClock clock = new MutableClock(Instant.parse("2025-11-10T12:00:00Z"));
    final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    final InMemoryStateStore store = new InMemoryStateStore(clock);
    final InMemoryLeases leases = new InMemoryLeases(clock);
    final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    final RecordingMonitorEventCodec codec = new RecordingMonitorEventCodec();
    final InMemoryMetrics metrics = new InMemoryMetrics();
    final SessionSealer sealer = new SessionSealer(SealingKeys.parse("k1:" + randomKey()));
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final SandboxUser writer;
    final List<SandboxUser> readers = new ArrayList<>();
    final SessionDescriptor primary;
    final SessionDescriptor backup;
    final SessionDescriptor spare;
    private final List<MonitorManager> managers = new CopyOnWriteArrayList<>();
    private final AtomicInteger texts = new AtomicInteger();

    MonitorWorld() {
        writer = sandbox.createUser("Writer", "writer_one", "+10000000001");
        sandbox.createChat("watched", "Watched", ChatKind.SUPERGROUP);
        sandbox.addMember(CHAT, writer.id());
        for (int i = 1; i <= 3; i++) {
            SandboxUser reader = sandbox.createUser("Reader " + i, "reader_" + i, "+1000000001" + i);
            sandbox.addMember(CHAT, reader.id());
            readers.add(reader);
        }
        primary = sandbox.createSession(readers.get(0).id());
        backup = sandbox.createSession(readers.get(1).id());
        spare = sandbox.createSession(readers.get(2).id());
    }

    static MonitorPolicy policy() {
        return MonitorPolicy.defaults().withRetry(Duration.ofSeconds(5), 3).withPageSize(2)
                .withQuietProbeAfter(Duration.ofSeconds(20));
    }

    MonitorManager manager(String owner) {
        return manager(owner, new ControlledAccounts(sandbox.userAccounts()));
    }

    MonitorManager manager(String owner, ControlledAccounts accounts) {
        Pause pause = d -> {
            pauses.add(d);
            clock.advance(d);
        };
        MonitorManager manager = new MonitorManager(accounts, store, leases, publisher, codec, sealer, metrics,
                policy(), pause, clock, owner);
        managers.add(manager);
        return manager;
    }

    static MonitorCommand.StartMonitoringChat start(SessionDescriptor primary, SessionDescriptor... backups) {
        return start(CHAT, primary, backups);
    }

    static MonitorCommand.StartMonitoringChat start(String chat, SessionDescriptor primary,
                                                    SessionDescriptor... backups) {
        return new MonitorCommand.StartMonitoringChat(Optional.of("start-" + chat), ChatRef.parse(chat), primary,
                List.of(backups));
    }

    static MonitorCommand.StopMonitoringChat stop(String chat) {
        return new MonitorCommand.StopMonitoringChat(Optional.of("stop-" + chat), ChatRef.parse(chat));
    }

    /** Posts {@code count} messages by the writer now; returns them. */
    List<TelegramMessage> post(int count) {
        return post(CHAT, count);
    }

    List<TelegramMessage> post(String chat, int count) {
        List<TelegramMessage> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posted.add(sandbox.post(chat, writer.id(), "message " + texts.incrementAndGet(), null));
        }
        return posted;
    }

    /** Every event published so far, decoded, in publication order. */
    List<MonitorEvent> events() {
        return publisher.published().stream().map(OutboundEvent::payload).map(codec::decode).toList();
    }

    <T extends MonitorEvent> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<IncomingTelegramMessage> messages() {
        return events(IncomingTelegramMessage.class);
    }

    /** Waits until at least {@code count} messages of the chat were published, and returns all of them. */
    List<IncomingTelegramMessage> awaitMessages(int count) {
        awaitUntil(count + " published messages", () -> messages().size() >= count);
        return messages();
    }

    static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    static List<Long> ids(List<IncomingTelegramMessage> messages) {
        return messages.stream().map(IncomingTelegramMessage::messageId).toList();
    }

    static List<Long> ids(List<TelegramMessage> first, List<TelegramMessage> second) {
        List<Long> all = new ArrayList<>(first.stream().map(TelegramMessage::id).toList());
        second.forEach(m -> all.add(m.id()));
        return all;
    }

    static List<Long> sequences(List<IncomingTelegramMessage> messages) {
        return messages.stream().map(m -> m.metadata().sequence()).toList();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void close() {
        managers.forEach(m -> m.shutdown(Duration.ofSeconds(5)));
        sandbox.close();
    }
}
