package io.telegate.bench;

import io.telegate.adapters.files.FileMessageArchive;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.core.fetch.ArchiveHistoryService;
import io.telegate.core.fetch.FetchPolicy;
import io.telegate.core.time.Pause;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchOutcome;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryLeases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The history fetcher end to end on one machine: a sandbox chat with a synthetic history, fetched through the
 * archive service into the real file archive. Reports messages per minute, bytes written and peak heap for a
 * per_day run, a batch run, and an idempotent re-run.
 */
final class FetcherBench {

    private static final String CHAT = "@bench_chat";

    private FetcherBench() {
    }

    static void run(String[] args) throws Exception {
        long messages = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Clock clock = Clock.systemUTC();
        TelegramSandbox sandbox = TelegramSandbox.create(clock);
        SandboxUser reader = sandbox.createUser("Reader", "bench_reader", null);
        sandbox.createChat("bench_chat", "Benchmark", ChatKind.SUPERGROUP);
        sandbox.addMember(CHAT, reader.id());
        SessionDescriptor session = sandbox.createSession(reader.id());
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        LocalDate from = to.minusDays(days - 1L);
        long generateStart = System.nanoTime();
        long generated = sandbox.generateHistory(CHAT, from, to, messages, 42);
        double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

        System.out.printf("%nFetcher benchmark: %,d messages over %d days (%s..%s), FETCH_CONCURRENCY=%d, JDK %s, %d cores%n",
                generated, days, from, to, concurrency, Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("(sandbox history generated in %.1f s, not counted)%n%n", generateSeconds);
        System.out.println("| run | strategy | messages archived | seconds | messages/min | bytes written (archive on disk) | peak heap MiB |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        FetchCommand perDay = command(from, to, FetchStrategy.PER_DAY);
        Path perDayDir = Files.createTempDirectory("telegate-bench-");
        row("first fetch", perDay, sandbox, session, perDayDir, concurrency, clock);
        row("re-run (idempotent)", perDay, sandbox, session, perDayDir, concurrency, clock);
        Path batchDir = Files.createTempDirectory("telegate-bench-");
        row("first fetch", command(from, to, FetchStrategy.BATCH), sandbox, session, batchDir, concurrency, clock);
        delete(perDayDir);
        delete(batchDir);
    }

    private static FetchCommand command(LocalDate from, LocalDate to, FetchStrategy strategy) {
        return new FetchCommand("bench-" + strategy.wireName(), CHAT, new FetchWindow.DateRange(from, to), strategy,
                Map.of());
    }

    private static void row(String name, FetchCommand command, TelegramSandbox sandbox, SessionDescriptor session,
                            Path dataDir, int concurrency, Clock clock) throws Exception {
        FileMessageArchive archive = FileMessageArchive.open(new FilesConfig(dataDir), clock);
        ArchiveHistoryService service = new ArchiveHistoryService(sandbox.userAccounts(), () -> session, archive,
                new InMemoryLeases(clock), new InMemoryEventPublisher(), JsonCodecs.fetchEvents(),
                FetchPolicy.defaults().withConcurrency(concurrency), Pause.sleeping(), clock, "bench",
                new InMemoryMetrics());
        long bytesBefore = size(dataDir);
        System.gc();
        FetchOutcome outcome;
        long start = System.nanoTime();
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            outcome = service.archive(command);
            peak = heap.peakBytes();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long processed = switch (outcome) {
            case FetchOutcome.Completed c -> c.processed();
            case FetchOutcome.Failed f -> throw new IllegalStateException("benchmark run failed: " + f);
        };
        System.out.printf("| %s | %s | %,d | %.1f | %,.0f | %,d | %.0f |%n", name, command.strategy().wireName(),
                processed, seconds, processed / seconds * 60, size(dataDir) - bytesBefore, peak / 1048576.0);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
