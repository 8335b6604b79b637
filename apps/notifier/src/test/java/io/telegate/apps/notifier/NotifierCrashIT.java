package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcDatabase;
import io.telegate.adapters.jdbc.JdbcTaskStore;
import io.telegate.core.notify.NotificationTask;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.Priority;
import io.telegate.sandbox.SandboxLimits;
import io.telegate.sandbox.SentBotMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notifier jar killed with SIGKILL again and again while 10,000 tasks drain through 20 bots to 500 private
 * chats. The Bot API emulator lives in this JVM, so it outlives every notifier process and its sent log is the
 * truth of what Telegram received. Afterwards every task is delivered exactly once or marked unknown (a send its
 * worker died in), none is lost, and no message arrived twice. Telegram's rate limits stay on in the emulator.
 */
class NotifierCrashIT {

    private static final int BOTS = 20;
    private static final int CHATS = 500;
    private static final int TASKS = BOTS * CHATS;
    private static final int MAX_KILLS = 15;
    private static final String TENANT = "crash-tenant";
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(6);

    @TempDir
    Path dir;
    private final NotifierFixture fixture = new NotifierFixture(SandboxLimits.telegram());
    private Process running;

    @AfterEach
    void cleanUp() throws Exception {
        if (running != null && running.isAlive()) {
            running.destroyForcibly().waitFor();
        }
        fixture.close();
    }

    @Test
    void aNotifierKilledRepeatedlyDeliversEveryTaskExactlyOnceOrMarksItUnknown() throws Exception {
        Map<String, BotToken> bots = new LinkedHashMap<>();
        for (int b = 0; b < BOTS; b++) {
            bots.put("b" + b, fixture.sandbox.createBot("crash_bot_" + b));
        }
        List<Long> chats = IntStream.range(0, CHATS)
                .mapToObj(c -> fixture.sandbox.createUser("Reader " + c, null, null).id()).toList();
        insertTasks(chats);
        Map<String, String> env = fixture.env(bots);
        env.putAll(Map.of("NOTIFIER_DEFAULT_BOT", "b0", "NOTIFIER_WORKERS", "4", "NOTIFIER_BATCH_SIZE", "50",
                "LOG_LEVEL", "WARN"));

        Instant began = Instant.now();
        Random random = new Random(20251107);
        int kills = 0;
        int starts = 0;
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (openTasks() > 0) {
            assertThat(System.nanoTime()).as("tasks drained within " + DRAIN_LIMIT).isLessThan(deadline);
            Process child = start(env, ++starts);
            awaitStarted(child, starts);
            if (kills < MAX_KILLS) {
                Thread.sleep(1_000 + random.nextInt(3_000));
                child.destroyForcibly().waitFor();
                kills++;
            } else {
                while (openTasks() > 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                child.destroy();
                child.waitFor();
            }
        }
        Duration took = Duration.between(began, Instant.now());

        Map<String, Integer> byStatus = countByStatus();
        assertThat(byStatus.keySet()).as("every task ends delivered or unknown").isSubsetOf("DELIVERED", "UNKNOWN");
        assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TASKS);

        Map<String, SentBotMessage> sentByText = new HashMap<>();
        for (Map.Entry<String, BotToken> bot : bots.entrySet()) {
            for (SentBotMessage message : fixture.sandbox.sentBy(bot.getValue())) {
                SentBotMessage earlier = sentByText.put(bot.getKey() + "|" + message.chatId() + "|" + message.text(),
                        message);
                assertThat(earlier).as("message '" + message.text() + "' arrived twice").isNull();
            }
        }
        int unknownArrived = checkTasksAgainstSentLog(sentByText);

        int delivered = byStatus.getOrDefault("DELIVERED", 0);
        int unknown = byStatus.getOrDefault("UNKNOWN", 0);
        System.out.printf("crash test: %d tasks, %d bots x %d chats, %d SIGKILLs (%d starts) in %d s: %d delivered, "
                        + "%d unknown (%d of them had arrived, %d had not), %d messages in the emulator's sent log, "
                        + "0 duplicates, %d attempts answered 429%n",
                TASKS, BOTS, CHATS, kills, starts, took.toSeconds(), delivered, unknown, unknownArrived,
                unknown - unknownArrived, sentByText.size(), rateLimitedAttempts());
        assertThat(kills).as("killed while tasks were still draining").isGreaterThanOrEqualTo(5);
        assertNoTokenInLogs(bots, starts);
        assertThat(sentByText).hasSize(delivered + unknownArrived);
    }

    /** Every delivered task's message is in the log as its chat and text say; returns how many unknown ones arrived. */
    private int checkTasksAgainstSentLog(Map<String, SentBotMessage> sentByText) throws SQLException {
        int unknownArrived = 0;
        try (Connection db = fixture.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT bot, chat_id, text, status, parts_sent FROM notification_tasks")) {
            while (rows.next()) {
                String key = rows.getString("bot") + "|" + rows.getString("chat_id") + "|" + rows.getString("text");
                SentBotMessage sent = sentByText.get(key);
                if (rows.getString("status").equals("DELIVERED")) {
                    assertThat(sent).as("delivered task " + key + " is in the sent log").isNotNull();
                    assertThat(rows.getString("parts_sent")).isEqualTo(Long.toString(sent.messageId()));
                } else if (sent != null) {
                    unknownArrived++;
                }
            }
        }
        return unknownArrived;
    }

    private void insertTasks(List<Long> chats) throws Exception {
        JdbcConfig config = JdbcConfig.of(NotifierFixture.POSTGRES_URL).withUser(NotifierFixture.POSTGRES_USER)
                .withSchema(fixture.schema);
        try (JdbcDatabase database = new JdbcDatabase(config); ExecutorService pool = Executors.newFixedThreadPool(8)) {
            database.migrate();
            JdbcTaskStore store = new JdbcTaskStore(database);
            Instant now = Instant.now();
            List<Future<?>> inserts = new ArrayList<>();
            for (int b = 0; b < BOTS; b++) {
                int bot = b;
                inserts.add(pool.submit(() -> {
                    for (int c = 0; c < CHATS; c++) {
                        String chat = Long.toString(chats.get(c));
                        NotificationRequest request = new NotificationRequest(TENANT,
                                OutgoingMessage.plain(chat, "crash " + bot + "/" + c), Optional.empty(),
                                Priority.NORMAL, Optional.of("b" + bot), Optional.empty());
                        store.insert(NotificationTask.create("task-" + bot + "-" + c, request, now));
                    }
                    return null;
                }));
            }
            for (Future<?> insert : inserts) {
                insert.get();
            }
        }
        assertThat(openTasks()).isEqualTo(TASKS);
    }

    private Process start(Map<String, String> env, int number) throws IOException {
        Path jar = Path.of(System.getProperty("notifier.jar", "target/notifier.jar"));
        assertThat(jar).as("the notifier jar is built before integration tests run").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString());
        builder.environment().putAll(env);
        builder.environment().put("NOTIFIER_ID", "crash-" + number);
        builder.redirectErrorStream(true).redirectOutput(log(number).toFile());
        running = builder.start();
        return running;
    }

    private void assertNoTokenInLogs(Map<String, BotToken> bots, int starts) throws IOException {
        for (int number = 1; number <= starts; number++) {
            String log = Files.readString(log(number));
            for (BotToken token : bots.values()) {
                assertThat(log).as("log of notifier " + number).doesNotContain(
                        token.value().substring(token.value().indexOf(':') + 1));
            }
        }
    }

    private Path log(int number) {
        return dir.resolve("notifier-" + number + ".log");
    }

    private void awaitStarted(Process child, int number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(log(number)).contains("Telegate notifier")) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("notifier " + number + " did not start:\n" + Files.readString(log(number)));
            }
            Thread.sleep(50);
        }
    }

    private int openTasks() throws SQLException {
        return countByStatus().entrySet().stream().filter(e -> e.getKey().equals("PENDING")
                || e.getKey().equals("SENDING")).mapToInt(Map.Entry::getValue).sum();
    }

    private Map<String, Integer> countByStatus() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = fixture.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT status, COUNT(*) FROM notification_tasks GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private int rateLimitedAttempts() throws SQLException {
        try (Connection db = fixture.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM notification_attempts WHERE outcome = 'RATE_LIMITED'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
