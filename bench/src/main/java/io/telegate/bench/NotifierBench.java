package io.telegate.bench;

import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxLimits;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Notification delivery against the Bot API emulator with Telegram's limits on: the same workload through Telegate's
 * notifier and, in the same JVM run and against the same emulator, through grammY with its throttler and
 * auto-retry, printed side by side. Each run has its own bots, so their rate windows never meet.
 * {@code telegate.bench.runs} (default {@code telegate,grammy}) picks the runs, {@code telegate.bench.grammy} the
 * peer's script; {@link TelegateSettings} lists Telegate's knobs.
 */
final class NotifierBench {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);

    private NotifierBench() {
    }

    static void run(String[] args) throws Exception {
        NotifierWorkload workload = new NotifierWorkload(intArg(args, 0, 100), intArg(args, 1, 1_000),
                intArg(args, 2, 100_000));
        TelegateSettings settings = TelegateSettings.fromSystemProperties();
        String runs = System.getProperty("telegate.bench.runs", "telegate,grammy");
        Path script = Path.of(System.getProperty("telegate.bench.grammy", "bench/grammy/send.mjs"));
        try (TelegramSandbox sandbox = TelegramSandbox.create(Clock.systemUTC(), SandboxLimits.telegram());
             SandboxHttpServer server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start()) {
            URI emulator = URI.create(server.baseUrl());
            List<Long> chats = IntStream.range(0, workload.chats())
                    .mapToObj(i -> sandbox.createUser("Reader " + i, null, null).id()).toList();
            System.out.printf("%nNotifier benchmark: %,d bots x %,d private chats, %,d messages, the emulator enforcing "
                    + "30 msg/s per bot, 1/s per private chat, 20/min per group; JDK %s, %d cores%nTelegate: %s%n",
                    workload.bots(), workload.chats(), workload.tasks(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), settings.describe());
            List<RunResult> results = new ArrayList<>();
            if (runs.contains("telegate")) {
                NotifierWorkload.Fleet fleet = fleet(sandbox, "telegate", workload, chats);
                results.add(report(sandbox, fleet,
                        new TelegateNotifierRun(sandbox, emulator, settings, RUN_TIMEOUT).run(workload, fleet)));
            }
            GrammyNotifierRun grammy = new GrammyNotifierRun(sandbox, emulator, script, RUN_TIMEOUT);
            if (runs.contains("grammy") && grammy.missing().isEmpty()) {
                NotifierWorkload.Fleet fleet = fleet(sandbox, "grammy", workload, chats);
                results.add(report(sandbox, fleet, grammy.run(workload, fleet)));
            } else if (runs.contains("grammy")) {
                System.err.println("grammY not run: " + grammy.missing());
            }
            print(results);
        }
    }

    private static NotifierWorkload.Fleet fleet(TelegramSandbox sandbox, String prefix, NotifierWorkload workload,
                                                List<Long> chats) {
        List<BotToken> tokens = IntStream.range(0, workload.bots())
                .mapToObj(i -> sandbox.createBot(prefix + "_bench_" + i + "_bot")).toList();
        return new NotifierWorkload.Fleet(tokens, chats);
    }

    private static RunResult report(TelegramSandbox sandbox, NotifierWorkload.Fleet fleet, RunResult result) {
        System.err.printf("%s: done in %.1f s; the emulator recorded %,d messages from its bots%n",
                result.implementation(), result.seconds(), SentRates.received(sandbox, fleet.tokens()));
        return result;
    }

    private static void print(List<RunResult> results) {
        System.out.println();
        System.out.println(RunResult.header());
        results.forEach(result -> System.out.println(result.row()));
        System.out.println();
        results.forEach(result -> System.out.println("- " + result.implementation() + ": " + result.notes()));
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "").replace(",", "")) : fallback;
    }
}
