package io.telegate.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.time.MutableClock;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoSeedHttpTest {

    private static final String DEMO_TOKEN = "123456789:TelegateDemoToken_aaaaaaaaaaaaaaaaaaaaaa";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    private SandboxHttpServer server;
    private HttpProbe http;

    @BeforeEach
    void start() throws Exception {
        try (InputStream seed = TelegramSandbox.class.getResourceAsStream("demo-seed.json")) {
            sandbox.seed(seed);
        }
        server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();
        http = new HttpProbe(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        sandbox.close();
    }

    @Test
    void theDemoBotAndTheDemoChatsAreServedOverHttp() {
        JsonNode me = http.get("/bot" + DEMO_TOKEN + "/getMe").json();
        JsonNode newest = http.get("/sandbox/chats/@telegate_demo/messages?limit=5").json();
        HttpProbe.Reply post = http.postForm("/bot" + DEMO_TOKEN + "/sendMessage",
                Map.of("chat_id", "@telegate_demo", "text", "Hello from the demo bot"));

        assertThat(me.at("/result/username").asText()).isEqualTo("telegate_demo_bot");
        assertThat(newest).hasSize(5);
        assertThat(newest.get(0).get("id").asLong()).isEqualTo(2000);
        assertThat(Instant.parse(newest.get(0).get("date").asText())).isBefore(clock.instant().plusSeconds(1));
        assertThat(post.json().at("/result/message_id").asLong()).isEqualTo(2001);
        assertThat(post.json().at("/result/chat/id").asLong()).isEqualTo(-1001000000001L);
    }
}
