package io.telegate.bench;

import io.telegate.adapters.json.JsonCodecs;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.rabbitmq.RabbitConnections;
import io.telegate.adapters.rabbitmq.RabbitEventPublisher;
import io.telegate.core.time.Pause;
import io.telegate.core.monitor.MonitorManager;
import io.telegate.core.monitor.MonitorPolicy;
import io.telegate.core.vault.SealingKeys;
import io.telegate.core.vault.SessionSealer;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorCommand.StartMonitoringChat;
import io.telegate.ports.out.EventPublisher;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.state.InMemoryLeases;
import io.telegate.testkit.state.InMemoryStateStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chat monitor end to end: many sandbox chats watched through a pool of sessions, a steady stream of posts,
 * events published to RabbitMQ with publisher confirms (or in memory), and one session revoked half-way.
 * Reports post-to-confirm latency, and the failover time and message loss of the revoked session's chats.
 */
final class MonitorBench {

    private MonitorBench() {
    }

    static void run(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        boolean rabbit = !(args.length > 4 && args[4].equals("memory"));
        Clock clock = Clock.systemUTC();
        TelegramSandbox sandbox = TelegramSandbox.create(clock);
        List<SessionDescriptor> pool = new ArrayList<>();
        List<Long> readers = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            long user = sandbox.createUser("Reader " + s, "bench_reader_" + s, null).id();
            readers.add(user);
            pool.add(sandbox.createSession(user));
        }
        long writer = sandbox.createUser("Writer", "bench_writer", null).id();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            String name = "@bench_chat_%04d".formatted(c);
            sandbox.createChat(name.substring(1), "Bench " + c, ChatKind.SUPERGROUP);
            sandbox.addMember(name, writer);
            sandbox.addMember(name, readers.get(c % sessions));
            sandbox.addMember(name, readers.get((c + 1) % sessions));
            names.add(name);
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RabbitConnections connections = rabbit ? rabbitConnections(suffix) : null;
        EventPublisher sink = rabbit ? new RabbitEventPublisher(connections) : new InMemoryEventPublisher();
        TimedPublisher publisher = new TimedPublisher(sink);
        MonitorManager manager = new MonitorManager(sandbox.userAccounts(), new InMemoryStateStore(clock),
                new InMemoryLeases(clock), publisher, JsonCodecs.monitorEvents(), sealer(), new InMemoryMetrics(),
                MonitorPolicy.defaults(), Pause.sleeping(), clock, "bench-monitor");
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleWithFixedDelay(manager::tick, 1, 1, TimeUnit.SECONDS);
        long startAt = System.nanoTime();
        for (int c = 0; c < chats; c++) {
            manager.handle(new StartMonitoringChat(Optional.empty(), ChatRef.parse(names.get(c)),
                    pool.get(c % sessions), List.of(pool.get((c + 1) % sessions))));
        }
        double startSeconds = (System.nanoTime() - startAt) / 1e9;

        MonitorLoad load = MonitorLoad.run(sandbox, names, writer, rate, Duration.ofSeconds(seconds),
                pool.getFirst().id());
        MonitorBenchReport report = MonitorBenchReport.await(load, publisher, Duration.ofSeconds(60));
        System.out.printf("%nMonitor benchmark: %d chats across %d sessions (1 backup each), %d posts/s for %d s, "
                        + "events to %s, JDK %s, %d cores; %d chats started in %.1f s%n%n", chats, sessions, rate,
                seconds, rabbit ? "RabbitMQ with publisher confirms" : "memory", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), chats, startSeconds);
        report.print(chats / sessions);

        ticker.shutdownNow();
        manager.shutdown(Duration.ofSeconds(10));
        if (connections != null) {
            deleteTopology(connections.config());
            connections.close();
        }
        sandbox.close();
    }

    private static SessionSealer sealer() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SessionSealer(SealingKeys.parse("bench:" + Base64.getEncoder().encodeToString(key)));
    }

    private static RabbitConnections rabbitConnections(String suffix) {
        String exchange = "bench_monitor_" + suffix;
        RabbitConnections connections = new RabbitConnections(RabbitConfig.defaults(
                        System.getenv().getOrDefault("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/"))
                .withExchange(exchange)
                .withCommandsQueue(exchange + "_commands")
                .withEventsQueue(exchange + "_events")
                .withDeadLetterExchange(RabbitConfig.deadLetterExchangeOf(exchange))
                .withDeadLetterQueue(RabbitConfig.deadLetterQueueOf(exchange + "_commands")));
        connections.declareTopology();
        return connections;
    }

    private static void deleteTopology(RabbitConfig config) throws Exception {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        factory.setUri(config.url().replaceFirst("/$", ""));
        try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
            channel.queueDelete(config.eventsQueue());
            channel.queueDelete(config.commandsQueue());
            channel.queueDelete(config.deadLetterQueue());
            channel.exchangeDelete(config.exchange());
            channel.exchangeDelete(config.deadLetterExchange());
        }
    }

    /** The posting thread: a steady rate over every chat, and the revoke half-way through. */
    record MonitorLoad(List<Post> posts, long revokedAt, String revokedSession) {

        /** One posted message and when ({@link System#nanoTime()}) it was posted. */
        record Post(String chat, long messageId, long postedAt) {
        }

        static MonitorLoad run(TelegramSandbox sandbox, List<String> chats, long writer, int rate, Duration length,
                               String revoke) throws InterruptedException {
            List<Post> posts = new ArrayList<>();
            long total = rate * length.toSeconds();
            long start = System.nanoTime();
            long revokedAt = 0;
            for (long i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (i == total / 2) {
                    revokedAt = System.nanoTime();
                    sandbox.revokeSession(revoke);
                }
                String chat = chats.get((int) (i % chats.size()));
                long postedAt = System.nanoTime();
                TelegramMessage message = sandbox.post(chat, writer, "bench message " + i, null);
                posts.add(new Post(chat, message.id(), postedAt));
            }
            return new MonitorLoad(posts, revokedAt, revoke);
        }
    }
}
