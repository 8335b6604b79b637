package io.telegate.apps.monitor;

import static io.telegate.apps.monitor.MonitorAppFixture.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.apps.runtime.config.Env;
import io.telegate.core.monitor.ChatPhase;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.out.Codec;
import io.telegate.sandbox.TelegramSandbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor runtime on the real RabbitMQ, as seed 000's backend sees it: commands published to the exchange with
 * the key {@code command}, events consumed from the events queue. Each test has exchange and queues of its own.
 */
class MonitorRabbitIT {

    private static final String CHAT = "@telegate_demo";
    private static final String PRIMARY = """
            {"id":"demo-session","api_hash":"0123456789abcdef0123456789abcdef","session_string":"sandbox:demo-session"}""";
    private static final String BACKUP = """
            {"id":"demo-backup","api_hash":"0123456789abcdef0123456789abcdef","session_string":"sandbox:demo-backup"}""";
    private static final long WRITER = 1003;

    private final String prefix = "it-monitor-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private final Codec<MonitorEvent> codec = JsonCodecs.monitorEvents();
    private final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    private MonitorComponent monitor;
    private Connection broker;
    private Channel channel;

    @BeforeEach
    void startMonitor() throws Exception {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of(
                "MONITOR_TRANSPORT", "rabbitmq", "MONITOR_STATE", "memory", "MONITOR_ID", prefix + "monitor",
                "RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/",
                "RABBITMQ_EXCHANGE", prefix + "aivalone_python_bridge",
                "RABBITMQ_COMMANDS_QUEUE", prefix + "python_bridge_commands",
                "RABBITMQ_EVENTS_QUEUE", prefix + "python_bridge_events",
                "HEALTH_CHECK_HOST", "127.0.0.1", "HEALTH_CHECK_PORT", "0", "MONITOR_POLL_TIMEOUT_SECONDS", "1")));
        monitor = Main.build(config, Clock.systemUTC());
        monitor.lifecycle().start();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        broker = factory.newConnection("it " + prefix);
        channel = broker.createChannel();
        channel.basicConsume(config.rabbit().eventsQueue(), true, (tag, delivery) ->
                events.add(codec.decode(new String(delivery.getBody(), StandardCharsets.UTF_8))), tag -> { });
    }

    @AfterEach
    void stopMonitor() throws Exception {
        monitor.lifecycle().stop();
        try (Channel cleanup = broker.createChannel()) {
            for (String queue : List.of("python_bridge_commands", "python_bridge_events",
                    "python_bridge_commands.dead")) {
                cleanup.queueDelete(prefix + queue);
            }
            cleanup.exchangeDelete(prefix + "aivalone_python_bridge");
            cleanup.exchangeDelete(prefix + "aivalone_python_bridge.dlx");
        }
        broker.close();
    }

    private void command(String json) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).build();
        channel.basicPublish(prefix + "aivalone_python_bridge", "command", properties,
                json.getBytes(StandardCharsets.UTF_8));
    }

    private void startMonitoring(String backups) throws Exception {
        command("""
                {"command":"start_monitoring_chat","command_id":"c-start","chat_id":"%s",
                 "primary_session":%s,"backup_sessions_pool":[%s]}""".formatted(CHAT, PRIMARY, backups));
        awaitUntil("the chat is live", () -> monitor.manager().status().chats().stream()
                .anyMatch(c -> c.phase() == ChatPhase.LIVE));
    }

    private List<TelegramMessage> post(int count) {
        TelegramSandbox sandbox = monitor.sandbox();
        List<TelegramMessage> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posted.add(sandbox.post(CHAT, WRITER, "rabbit it " + prefix + i, null));
        }
        return posted;
    }

    private List<IncomingTelegramMessage> messages() {
        return events.stream().filter(IncomingTelegramMessage.class::isInstance)
                .map(IncomingTelegramMessage.class::cast).toList();
    }

    private List<IncomingTelegramMessage> awaitMessages(int count) throws Exception {
        awaitUntil(count + " messages on the events queue", () -> messages().size() >= count);
        return messages();
    }

    @Test
    void startedChatDeliversItsMessagesToTheEventsQueueInOrder() throws Exception {
        startMonitoring("");
        List<TelegramMessage> posted = post(5);

        List<IncomingTelegramMessage> received = awaitMessages(5);

        assertThat(received).extracting(IncomingTelegramMessage::messageId)
                .containsExactlyElementsOf(posted.stream().map(TelegramMessage::id).toList());
        assertThat(received).extracting(m -> m.metadata().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(received).allSatisfy(m -> {
            assertThat(m.chatId()).isEqualTo(ChatRef.parse(CHAT));
            assertThat(m.metadata().sessionId()).isEqualTo("demo-session");
        });
    }

    @Test
    void revokedPrimaryFailsOverAndEveryMessageArrivesExactlyOnce() throws Exception {
        startMonitoring(BACKUP);
        List<TelegramMessage> before = post(3);
        awaitMessages(3);

        monitor.sandbox().revokeSession("demo-session");
        post(4);
        awaitUntil("access_lost", () -> events.stream().anyMatch(MonitorEvent.AccessLost.class::isInstance));
        awaitUntil("the backup reads the chat", () -> monitor.manager().status().chats().stream()
                .anyMatch(c -> c.phase() == ChatPhase.LIVE && c.sourceSessionId().orElse("").equals("demo-backup")));
        List<TelegramMessage> after = post(3);

        List<IncomingTelegramMessage> received = awaitMessages(10);
        assertThat(received).extracting(IncomingTelegramMessage::messageId).containsExactlyElementsOf(
                LongStream.rangeClosed(before.getFirst().id(), after.getLast().id()).boxed().toList());
        assertThat(received).extracting(m -> m.metadata().sequence())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(events).filteredOn(MonitorEvent.AccessLost.class::isInstance).singleElement()
                .isEqualTo(new MonitorEvent.AccessLost(ChatRef.parse(CHAT), "demo-session", "AUTH_KEY_UNREGISTERED"));
        assertThat(received.subList(7, 10)).allSatisfy(m ->
                assertThat(m.metadata().sessionId()).isEqualTo("demo-backup"));
    }

    @Test
    void anExhaustedPoolStopsMonitoringWithMonitoringStopped() throws Exception {
        startMonitoring("");
        post(1);
        awaitMessages(1);

        monitor.sandbox().revokeSession("demo-session");
        post(1);

        awaitUntil("monitoring_stopped", () -> events.stream().anyMatch(MonitorEvent.MonitoringStopped.class::isInstance));
        assertThat(events).filteredOn(MonitorEvent.AccessLost.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(MonitorEvent.MonitoringStopped.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((MonitorEvent.MonitoringStopped) e).chatId()).isEqualTo(ChatRef.parse(CHAT)));
    }

    @Test
    void switchingTheSourceMovesTheChatToTheNewPrimaryWithoutLosingOrRepeatingMessages() throws Exception {
        startMonitoring("");
        List<TelegramMessage> before = post(2);
        awaitMessages(2);

        command("""
                {"command":"switch_monitoring_source","command_id":"c-switch","chat_id":"%s",
                 "new_primary_session":%s,"backup_sessions_pool":[]}""".formatted(CHAT, BACKUP));
        awaitUntil("the new primary reads the chat", () -> monitor.manager().status().chats().stream()
                .anyMatch(c -> c.phase() == ChatPhase.LIVE && c.sourceSessionId().orElse("").equals("demo-backup")));
        List<TelegramMessage> after = post(2);

        List<IncomingTelegramMessage> received = awaitMessages(4);
        assertThat(received).extracting(IncomingTelegramMessage::messageId).containsExactlyElementsOf(
                LongStream.rangeClosed(before.getFirst().id(), after.getLast().id()).boxed().toList());
        assertThat(received.subList(2, 4)).allSatisfy(m ->
                assertThat(m.metadata().sessionId()).isEqualTo("demo-backup"));
    }

    @Test
    void joinChatLetsASessionReadAPrivateChatByItsInviteLink() throws Exception {
        var secret = monitor.sandbox().createChat(null, "Private IT " + prefix, io.telegate.ports.model.ChatKind.SUPERGROUP);
        monitor.sandbox().addMember(Long.toString(secret.id()), WRITER);
        String invite = secret.inviteLink().orElseThrow();

        command("""
                {"command":"join_chat","command_id":"c-join","chat_id":"%s","session":%s}""".formatted(invite, BACKUP));
        awaitUntil("the join is done", () -> monitor.sandbox().chat(Long.toString(secret.id())) != null
                && joined(secret.id()));
        command("""
                {"command":"start_monitoring_chat","command_id":"c-secret","chat_id":%d,
                 "primary_session":%s,"backup_sessions_pool":[]}""".formatted(secret.id(), BACKUP));
        awaitUntil("the private chat is live", () -> monitor.manager().status().chats().stream()
                .anyMatch(c -> c.phase() == ChatPhase.LIVE));
        TelegramMessage posted = monitor.sandbox().post(Long.toString(secret.id()), WRITER, "for members only", null);

        IncomingTelegramMessage received = awaitMessages(1).getFirst();
        assertThat(received.messageId()).isEqualTo(posted.id());
        assertThat(received.metadata().sessionId()).isEqualTo("demo-backup");
        assertThat(events).noneMatch(MonitorEvent.CommandRejected.class::isInstance);
    }

    private boolean joined(long chatId) {
        try (var session = monitor.sandbox().userAccounts().connect(monitor.sandbox().session("demo-backup").orElseThrow())) {
            session.history(session.resolve(new ChatRef.NumericId(chatId)),
                    io.telegate.ports.model.HistoryQuery.after(0, 1));
            return true;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    @Test
    void aBrokenCommandIsAnsweredWithCommandRejectedAndDeadLettered() throws Exception {
        command("""
                {"command":"start_monitoring_chat","command_id":"c-bad","chat_id":"%s",
                 "primary_session":{"id":"demo-session","session_string":"sandbox:demo-session"}}""".formatted(CHAT));

        awaitUntil("command_rejected", () -> events.stream().anyMatch(MonitorEvent.CommandRejected.class::isInstance));
        assertThat(events).singleElement().isInstanceOfSatisfying(MonitorEvent.CommandRejected.class,
                r -> assertThat(r.reason()).isEqualTo("primary_session.api_hash: is required"));
        awaitUntil("the dead letter", () -> {
            try (Channel look = broker.createChannel()) {
                return look.queueDeclarePassive(prefix + "python_bridge_commands.dead").getMessageCount() == 1;
            }
        });
        try (Channel look = broker.createChannel()) {
            GetResponse dead = look.basicGet(prefix + "python_bridge_commands.dead", true);
            assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains("\"c-bad\"");
            assertThat(look.queueDeclarePassive(prefix + "python_bridge_commands").getMessageCount()).isZero();
        }
        assertThat(monitor.manager().status().chats()).isEmpty();
    }
}
