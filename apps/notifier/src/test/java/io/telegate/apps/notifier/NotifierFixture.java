package io.telegate.apps.notifier;

import io.telegate.adapters.http.notify.DevTokens;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxLimits;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a notifier integration test runs against: the sandbox's Bot API emulator in this JVM on a free port, and a
 * schema of its own in the local PostgreSQL, dropped on close.
 */
final class NotifierFixture implements AutoCloseable {

    static final String SECRET = "integration-secret-of-at-least-32-bytes";
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/telegate";
    static final String POSTGRES_USER = "postgres";

    final String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    final TelegramSandbox sandbox;
    final SandboxHttpServer emulator;

    NotifierFixture(SandboxLimits limits) {
        sandbox = TelegramSandbox.create(Clock.systemUTC(), limits);
        emulator = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();
    }

    /** The notifier's environment: this schema, the emulator, the bots by name, quick polling, no port clash. */
    Map<String, String> env(Map<String, BotToken> bots) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", POSTGRES_URL);
        env.put("DATABASE_USER", POSTGRES_USER);
        env.put("DATABASE_SCHEMA", schema);
        env.put("TELEGRAM_BOT_API_URL", emulator.baseUrl());
        env.put("TELEGRAM_BOT_API_TIMEOUT_SECONDS", "5");
        env.put("NOTIFIER_LEASE_SECONDS", "15");
        env.put("NOTIFIER_POLL_INTERVAL", "100ms");
        env.put("NOTIFIER_BOTS", bots.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value())
                .collect(Collectors.joining(",")));
        env.put("NOTIFIER_JWT_SECRET", SECRET);
        env.put("HEALTH_CHECK_HOST", "127.0.0.1");
        env.put("HEALTH_CHECK_PORT", "0");
        return env;
    }

    static String token(String subject) {
        return DevTokens.issue(SECRET, subject, Instant.now(), Duration.ofHours(1));
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        emulator.close();
        sandbox.close();
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
