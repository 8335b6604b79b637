package io.telegate.apps.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.apps.runtime.config.Env;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole monitor app on the in-memory transport, driven over its HTTP API like a user of the demo would. */
class MonitorMemoryAppTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private MonitorComponent monitor;

    @BeforeEach
    void startMonitor() {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "HEALTH_CHECK_HOST", "127.0.0.1", "HEALTH_CHECK_PORT", "0", "MONITOR_ID", "app-test")));
        monitor = Main.build(config, Clock.systemUTC());
        monitor.lifecycle().start();
    }

    @AfterEach
    void stopMonitor() {
        monitor.lifecycle().stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(monitor.httpServer().baseUrl() + path);
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))).body();
    }

    @Test
    void aCommandPostedOverHttpStartsMonitoringAndMessagesComeOutAsEvents() throws Exception {
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/api/monitor/commands"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"command":"start_monitoring_chat","command_id":"c-1","chat_id":"@telegate_demo",
                         "primary_session":{"id":"demo-session","api_hash":"0123456789abcdef0123456789abcdef",
                                            "session_string":"sandbox:demo-session"}}""")));
        assertThat(accepted.statusCode()).isEqualTo(202);
        MonitorAppFixture.awaitUntil("the chat is live", () -> get("/api/monitor/status").contains("\"live\""));

        monitor.sandbox().post("@telegate_demo", 1003, "hello from the sandbox", null);

        MonitorAppFixture.awaitUntil("the message is published",
                () -> get("/api/monitor/events?type=incoming_telegram_message").contains("hello from the sandbox"));
        String events = get("/api/monitor/events");
        assertThat(events).contains("\"sequence\":1", "\"session_id\":\"demo-session\"")
                .doesNotContain("sandbox:demo-session");
        assertThat(get("/api/monitor/status")).contains("\"session_id\":\"demo-session\"")
                .doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(get("/ready")).contains("monitor");
    }

    @Test
    void aBrokenCommandIsRefusedWith422NamingTheField() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/monitor/commands"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"command":"start_monitoring_chat","chat_id":"@telegate_demo"}""")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("primary_session");
    }
}
