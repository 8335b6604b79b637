package io.telegate.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.wire.SandboxJson;
import io.telegate.testkit.time.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    private final SandboxHttpServer server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();
    private final HttpProbe http = new HttpProbe(server.baseUrl());
    private final BotToken token = sandbox.createBot("hook_test_bot");
    private final long user = sandbox.createUser("Hooked", null, null).id();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpServer receiver = receiver();

    @AfterEach
    void stop() {
        receiver.stop(0);
        server.close();
        sandbox.close();
    }

    @Test
    void updatesArePostedInOrderWithTheSecretHeader() {
        setWebhook("s3cr3t_token");

        for (int i = 0; i < 5; i++) {
            writes("message " + i);
        }

        awaitReceived(5);
        assertThat(received).extracting(update -> update.at("/message/text").asText())
                .containsExactly("message 0", "message 1", "message 2", "message 3", "message 4");
        assertThat(secrets).containsOnly("s3cr3t_token");
        assertThat(http.get(bot("getWebhookInfo")).json().at("/result/url").asText()).endsWith("/hook");
    }

    @Test
    void aFailingReceiverIsRetriedWithoutReordering() {
        sandbox.bots().webhookRetryPause(Duration.ofMillis(20));
        failuresLeft.set(2);
        setWebhook("again");

        writes("first");
        writes("second");

        awaitReceived(2);
        assertThat(received).extracting(update -> update.at("/message/text").asText())
                .containsExactly("first", "second");
        JsonNode info = http.get(bot("getWebhookInfo")).json().get("result");
        assertThat(info.get("last_error_message").asText()).contains("500");
    }

    @Test
    void getUpdatesConflictsWithAWebhookUntilItIsDeleted() {
        setWebhook("x");

        HttpProbe.Reply conflict = http.get(bot("getUpdates"));
        http.get(bot("deleteWebhook"));
        writes("queued");
        HttpProbe.Reply polled = http.get(bot("getUpdates"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("error_code").asInt()).isEqualTo(409);
        assertThat(polled.json().at("/result/0/message/text").asText()).isEqualTo("queued");
    }

    private void setWebhook(String secret) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpProbe.Reply reply = http.postJson(bot("setWebhook"),
                "{\"url\":\"" + url + "\",\"secret_token\":\"" + secret + "\"}");
        assertThat(reply.json().get("result").asBoolean()).isTrue();
    }

    private void writes(String text) {
        http.postJson("/sandbox/bots/" + token.value() + "/updates", "{\"from_id\":" + user + ",\"text\":\"" + text
                + "\"}");
    }

    private void awaitReceived(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(received).hasSize(count);
    }

    private String bot(String method) {
        return "/bot" + token.value() + "/" + method;
    }

    private HttpServer receiver() {
        try {
            HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            hook.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                boolean fail = failuresLeft.getAndDecrement() > 0;
                if (!fail) {
                    received.add(SandboxJson.MAPPER.readTree(body));
                    secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
                }
                exchange.sendResponseHeaders(fail ? 500 : 200, -1);
                exchange.close();
            });
            hook.start();
            return hook;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
