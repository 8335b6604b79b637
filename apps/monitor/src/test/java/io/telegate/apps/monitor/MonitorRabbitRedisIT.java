package io.telegate.apps.monitor;

import static io.telegate.apps.monitor.MonitorAppFixture.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.apps.runtime.config.Env;
import io.telegate.core.monitor.ChatPhase;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.out.Codec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production shape: commands and events on the real RabbitMQ, monitored chats and leases in the real Redis. A
 * restarted monitor resumes the chat from Redis alone and publishes what was missed while it was down.
 */
class MonitorRabbitRedisIT {

    private static final String CHAT = "@telegate_demo";
    private static final String KEY = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final String prefix = "it-monitor-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private final Codec<MonitorEvent> codec = JsonCodecs.monitorEvents();
    private final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, String> env = Map.ofEntries(
            Map.entry("MONITOR_TRANSPORT", "rabbitmq"), Map.entry("MONITOR_STATE", "redis"),
            Map.entry("MONITOR_ID", prefix + "monitor"), Map.entry("SESSION_ENCRYPTION_KEY", KEY),
            Map.entry("REDIS_URL", "redis://127.0.0.1:6379/0"), Map.entry("REDIS_KEY_PREFIX", prefix),
            Map.entry("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/"),
            Map.entry("RABBITMQ_EXCHANGE", prefix + "aivalone_python_bridge"),
            Map.entry("RABBITMQ_COMMANDS_QUEUE", prefix + "python_bridge_commands"),
            Map.entry("RABBITMQ_EVENTS_QUEUE", prefix + "python_bridge_events"),
            Map.entry("HEALTH_CHECK_HOST", "127.0.0.1"), Map.entry("HEALTH_CHECK_PORT", "0"),
            Map.entry("MONITOR_POLL_TIMEOUT_SECONDS", "1"));
    private Connection broker;
    private Channel channel;
    private MonitorComponent running;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        broker = factory.newConnection("it " + prefix);
        channel = broker.createChannel();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (running != null) {
            running.lifecycle().stop();
        }
        try (Channel cleanup = broker.createChannel()) {
            for (String queue : List.of("python_bridge_commands", "python_bridge_events",
                    "python_bridge_commands.dead")) {
                cleanup.queueDelete(prefix + queue);
            }
            cleanup.exchangeDelete(prefix + "aivalone_python_bridge");
            cleanup.exchangeDelete(prefix + "aivalone_python_bridge.dlx");
        }
        broker.close();
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379/0");
             StatefulRedisConnection<String, String> redis = client.connect()) {
            List<String> keys = redis.sync().keys(prefix + "*");
            if (!keys.isEmpty()) {
                redis.sync().del(keys.toArray(String[]::new));
            }
        }
    }

    /** A monitor process, not started; each one has a sandbox of its own, seeded alike. */
    private MonitorComponent buildMonitor() {
        MonitorComponent monitor = Main.build(MonitorConfig.from(Env.of(env)), Clock.systemUTC());
        running = monitor;
        return monitor;
    }

    private void consumeEvents() throws Exception {
        channel.basicConsume(prefix + "python_bridge_events", true, (tag, delivery) ->
                events.add(codec.decode(new String(delivery.getBody(), StandardCharsets.UTF_8))), tag -> { });
    }

    private List<IncomingTelegramMessage> messages() {
        return events.stream().filter(IncomingTelegramMessage.class::isInstance)
                .map(IncomingTelegramMessage.class::cast).toList();
    }

    @Test
    void aRestartedMonitorResumesFromRedisAndPublishesWhatItMissed() throws Exception {
        MonitorComponent first = buildMonitor();
        first.lifecycle().start();
        consumeEvents();
        channel.basicPublish(prefix + "aivalone_python_bridge", "command",
                new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build(), """
                {"command":"start_monitoring_chat","chat_id":"%s","primary_session":
                 {"id":"demo-session","api_hash":"0123456789abcdef0123456789abcdef",
                  "session_string":"sandbox:demo-session"}}""".formatted(CHAT).getBytes(StandardCharsets.UTF_8));
        awaitUntil("the chat is live", () -> first.manager().status().chats().stream()
                .anyMatch(c -> c.phase() == ChatPhase.LIVE));
        first.sandbox().post(CHAT, 1003, "before the restart", null);
        awaitUntil("one message", () -> messages().size() == 1);
        String stored;
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379/0");
             StatefulRedisConnection<String, String> redis = client.connect()) {
            stored = redis.sync().get(prefix + "monitor:chat:" + CHAT);
        }
        first.lifecycle().stop();
        running = null;

        MonitorComponent second = buildMonitor();
        List<TelegramMessage> missed = new ArrayList<>();
        // The second process's sandbox is a fresh copy of the seed: replay the first message, then the missed ones.
        second.sandbox().post(CHAT, 1003, "before the restart", null);
        for (int i = 0; i < 3; i++) {
            missed.add(second.sandbox().post(CHAT, 1003, "while down " + i, null));
        }
        second.lifecycle().start();
        awaitUntil("the missed messages", () -> messages().size() == 4);

        assertThat(stored).contains("telegate-monitor-chat/1").doesNotContain("sandbox:demo-session",
                "0123456789abcdef0123456789abcdef");
        List<IncomingTelegramMessage> received = messages();
        assertThat(received.subList(1, 4)).extracting(IncomingTelegramMessage::messageId)
                .containsExactlyElementsOf(missed.stream().map(TelegramMessage::id).toList());
        assertThat(received).extracting(m -> m.metadata().sequence()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(received.subList(1, 4)).allSatisfy(m -> assertThat(m.metadata().gapFill()).isTrue());
        awaitUntil("gap_filled", () -> events.stream().anyMatch(MonitorEvent.GapFilled.class::isInstance));
    }
}
