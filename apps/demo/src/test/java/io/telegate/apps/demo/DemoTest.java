package io.telegate.apps.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.apps.demo.cli.Banner;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's whole component on free ports, driven over HTTP the way a user of the README would. */
class DemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-07T10:00:00Z"));
    private DemoComponent demo;
    private Lifecycle lifecycle;

    @BeforeEach
    void startDemo() {
        CommonConfig common = CommonConfig.from(Env.of(Map.of("HEALTH_CHECK_PORT", "0")), DemoConfig.LOOPBACK);
        DemoConfig config = new DemoConfig(common, DemoConfig.LOOPBACK, 0, tempDir.resolve("data"), Optional.empty());
        demo = DaggerDemoComponent.factory().create(config, clock);
        lifecycle = demo.lifecycle();
        lifecycle.start();
    }

    @AfterEach
    void stopDemo() {
        lifecycle.stop();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
    }

    private String botApi(String method) {
        return demo.sandboxServer().baseUrl() + "/bot" + Banner.DEMO_BOT_TOKEN + "/" + method;
    }

    private HttpResponse<String> sendMessage(long chatId, String text) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("chat_id", chatId).put("text", text).toString();
        return client.send(HttpRequest.newBuilder(URI.create(botApi("sendMessage")))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
    }

    @Test
    void theFetcherArchivesTheDemoChatFromACommandPostedOverHttp() throws Exception {
        String api = demo.httpServer().baseUrl();
        HttpResponse<String> accepted = post(api + "/api/fetch/commands",
                "{\"command\":\"fetch\",\"command_id\":\"demo-1\",\"chat\":\"@telegate_demo\",\"mode\":\"days\",\"days\":7}");
        assertThat(accepted.statusCode()).isEqualTo(202);

        JsonNode completed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (completed == null && System.nanoTime() < deadline) {
            JsonNode events = JSON.readTree(get(api + "/api/events?type=completed").body());
            completed = events.isEmpty() ? null : events.get(0);
            Thread.sleep(50);
        }

        assertThat(completed).as("a completed event").isNotNull();
        assertThat(completed.get("command_id").asText()).isEqualTo("demo-1");
        assertThat(completed.get("processed").asLong()).isPositive();
        Path year = tempDir.resolve("data").resolve("telegate_demo").resolve("2025");
        try (var files = Files.list(year)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("discussions_2025-11-"))).hasSize(7);
        }
        assertThat(tempDir.resolve("data").resolve("progress.json")).exists();
    }

    @Test
    void aBrokenFetchCommandIsRefusedWith422NamingTheField() throws Exception {
        HttpResponse<String> refused = post(demo.httpServer().baseUrl() + "/api/fetch/commands",
                "{\"command\":\"fetch\",\"chat\":\"@telegate_demo\",\"mode\":\"weekly\"}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("mode");
    }

    private JsonNode awaitMonitorEvents(String type, int count) throws Exception {
        String url = demo.httpServer().baseUrl() + "/api/monitor/events?type=" + type;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode events = JSON.createArrayNode();
        while (System.nanoTime() < deadline) {
            events = JSON.readTree(get(url).body());
            if (events.size() >= count) {
                return events;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " " + type + " events, got " + events);
    }

    @Test
    void theMonitorForwardsMessagesAndFailsOverWhenThePrimarySessionIsRevoked() throws Exception {
        String api = demo.httpServer().baseUrl();
        String session = "{\"id\":\"%s\",\"api_hash\":\"0123456789abcdef0123456789abcdef\",\"session_string\":\"sandbox:%s\"}";
        HttpResponse<String> accepted = post(api + "/api/monitor/commands", "{\"command\":\"start_monitoring_chat\","
                + "\"command_id\":\"m-1\",\"chat_id\":\"@telegate_demo\",\"primary_session\":"
                + session.formatted("demo-session", "demo-session") + ",\"backup_sessions_pool\":["
                + session.formatted("demo-backup", "demo-backup") + "]}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        awaitReady(api);

        demo.sandbox().post("@telegate_demo", 1003, "first", null);
        awaitMonitorEvents("incoming_telegram_message", 1);
        demo.sandbox().revokeSession("demo-session");
        demo.sandbox().post("@telegate_demo", 1003, "second", null);

        JsonNode lost = awaitMonitorEvents("access_lost", 1).get(0);
        JsonNode messages = awaitMonitorEvents("incoming_telegram_message", 2);
        assertThat(lost.get("session_id").asText()).isEqualTo("demo-session");
        assertThat(lost.get("reason").asText()).isEqualTo("AUTH_KEY_UNREGISTERED");
        assertThat(messages).extracting(m -> m.get("text").asText()).containsExactly("first", "second");
        assertThat(messages.get(1).at("/metadata/session_id").asText()).isEqualTo("demo-backup");
        assertThat(messages.get(1).at("/metadata/sequence").asLong()).isEqualTo(2);
    }

    private void awaitReady(String api) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !get(api + "/api/monitor/status").body().contains("telegate_demo")) {
            Thread.sleep(50);
        }
    }

    @Test
    void theNotifierDeliversATaskCreatedOverTheApiThroughTheSandboxBot() throws Exception {
        String api = demo.httpServer().baseUrl();
        String token = get(api + "/api/demo/token?subject=alice").body();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(api + "/api/tasks/create"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"chat_id\": 1005, \"text\": \"Build 42 is green\"}")).build(),
                BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String taskId = JSON.readTree(created.body()).get("task_id").asText();

        JsonNode task = JSON.createObjectNode();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !task.path("status").asText().equals("delivered")) {
            task = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(api + "/api/tasks/" + taskId))
                    .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString()).body());
            Thread.sleep(50);
        }

        assertThat(task.path("status").asText()).isEqualTo("delivered");
        long messageId = task.path("telegram_message_ids").get(0).asLong();
        assertThat(demo.sandbox().sentBy(new io.telegate.ports.model.bot.BotToken(Banner.DEMO_BOT_TOKEN)))
                .anySatisfy(sent -> {
                    assertThat(sent.chatId()).isEqualTo(1005);
                    assertThat(sent.messageId()).isEqualTo(messageId);
                    assertThat(sent.text()).isEqualTo("Build 42 is green");
                });
        assertThat(get(api + "/api/tasks/" + taskId).statusCode()).as("without a token").isEqualTo(401);
    }

    @Test
    void healthAndReadinessAreUpWithTheSandboxChecked() throws Exception {
        HttpResponse<String> health = get(demo.httpServer().baseUrl() + "/health");
        HttpResponse<String> ready = get(demo.httpServer().baseUrl() + "/ready");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).at("/checks/sandbox/status").asText()).isEqualTo("up");
    }

    @Test
    void metricsIncludeTheJvmMeters() throws Exception {
        HttpResponse<String> metrics = get(demo.httpServer().baseUrl() + "/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ");
    }

    @Test
    void theDemoDirectoryIsCreated() {
        assertThat(tempDir.resolve("data")).isDirectory();
    }

    @Test
    void theDemoBotAnswersGetMeAndSendMessageLikeTelegram() throws Exception {
        JsonNode me = JSON.readTree(get(botApi("getMe")).body());
        HttpResponse<String> sent = sendMessage(1001, "Hello from Telegate");
        JsonNode message = JSON.readTree(sent.body());

        assertThat(me.get("ok").asBoolean()).isTrue();
        assertThat(me.at("/result/is_bot").asBoolean()).isTrue();
        assertThat(me.at("/result/username").asText()).isEqualTo("telegate_demo_bot");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(message.get("ok").asBoolean()).isTrue();
        assertThat(message.at("/result/message_id").asLong()).isPositive();
        assertThat(message.at("/result/chat/id").asLong()).isEqualTo(1001);
        assertThat(message.at("/result/text").asText()).isEqualTo("Hello from Telegate");
    }

    @Test
    void aSecondMessageToTheSamePrivateChatWithinASecondIsRefusedWithRetryAfter() throws Exception {
        assertThat(sendMessage(1001, "first").statusCode()).isEqualTo(200);

        HttpResponse<String> second = sendMessage(1001, "second");

        assertThat(second.statusCode()).isEqualTo(429);
        JsonNode error = JSON.readTree(second.body());
        assertThat(error.get("ok").asBoolean()).isFalse();
        assertThat(error.get("error_code").asInt()).isEqualTo(429);
        assertThat(error.at("/parameters/retry_after").asInt()).isPositive();
    }

    @Test
    void theThirtyFirstMessageWithinOneSecondIsRefusedWithRetryAfter() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (long chat = 1001; chat <= 1031; chat++) {
            last = sendMessage(chat, "broadcast");
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(statuses.get(30)).isEqualTo(429);
        assertThat(JSON.readTree(last.body()).at("/parameters/retry_after").asInt()).isPositive();

        clock.advance(Duration.ofSeconds(2));
        assertThat(sendMessage(1031, "after the window").statusCode()).isEqualTo(200);
    }

    @Test
    void stoppingClosesBothServersAndTheDemoAnswersNoMore() throws Exception {
        String health = demo.httpServer().baseUrl() + "/health";
        String getMe = botApi("getMe");

        lifecycle.stop();

        assertThat(lifecycle.awaitStopped(Duration.ZERO)).isTrue();
        assertThatThrownBy(() -> get(health)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> get(getMe)).isInstanceOf(ConnectException.class);
    }

    @Test
    void theBannerPointsAtTheRunningServers() {
        String banner = Banner.render(demo.sandboxServer().baseUrl(), demo.httpServer().baseUrl(),
                tempDir.resolve("data"));

        assertThat(banner)
                .contains(demo.sandboxServer().baseUrl() + "/bot" + Banner.DEMO_BOT_TOKEN + "/sendMessage")
                .contains(demo.httpServer().baseUrl() + "/ready")
                .contains(tempDir.resolve("data").toString())
                .contains("Ctrl+C to stop.");
        assertThat(Files.isDirectory(tempDir.resolve("data"))).isTrue();
    }
}
