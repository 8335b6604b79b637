package io.telegate.core.fetch;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.archive.InMemoryMessageArchive;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryLeases;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sandbox chat with a few days of history and a fetcher wired to in-memory ports, on a test clock. */
final class FetchWorld {

    static final String CHAT = "@ru_python";
    static final LocalDate FIRST_DAY = LocalDate.parse("2025-11-07");

    final MutableClock clock = new MutableClock(Instant.parse("2025-11-10T12:00:00Z"));
    final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    final InMemoryMessageArchive archive = new InMemoryMessageArchive();
    final InMemoryLeases leases = new InMemoryLeases(clock);
    final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    final RecordingFetchEventCodec codec = new RecordingFetchEventCodec();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final InMemoryMetrics metrics = new InMemoryMetrics();
    final SessionDescriptor session;

    FetchWorld(int messagesPerDay, int days) {
        SandboxUser reader = sandbox.createUser("Reader", "reader_one", "+10000000001");
        SandboxUser writer = sandbox.createUser("Writer", "writer_one", "+10000000002");
        sandbox.createChat("ru_python", "Python", ChatKind.SUPERGROUP);
        sandbox.addMember(CHAT, reader.id());
        sandbox.addMember(CHAT, writer.id());
        for (int d = 0; d < days; d++) {
            Instant start = FIRST_DAY.plusDays(d).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            for (int i = 0; i < messagesPerDay; i++) {
                sandbox.post(CHAT, writer.id(), "day " + d + " message " + i, start.plusSeconds(60L * i + 30));
            }
        }
        session = sandbox.createSession(reader.id());
    }

    ArchiveHistoryService service(FetchPolicy policy) {
        Pause pause = d -> {
            pauses.add(d);
            clock.advance(d);
        };
        return new ArchiveHistoryService(sandbox.userAccounts(), () -> session, archive, leases, publisher, codec,
                policy, pause, clock, "worker-1", metrics);
    }

    static FetchPolicy policy() {
        return FetchPolicy.defaults().withFlushEvery(2);
    }

    static FetchCommand range(LocalDate from, LocalDate to, FetchStrategy strategy) {
        return new FetchCommand("cmd-1", CHAT, new FetchWindow.DateRange(from, to), strategy, Map.of());
    }
}
