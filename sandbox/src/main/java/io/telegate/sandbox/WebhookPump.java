package io.telegate.sandbox;

import io.telegate.sandbox.wire.BotWire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a bot's updates to its webhook one at a time, in order, with the secret header; a non-2xx answer or a
 * connection failure is retried with doubling pauses, and after the last attempt the update is dropped and the
 * error kept for {@code getWebhookInfo}.
 */
final class WebhookPump implements Runnable {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPump.class);

    private final BotState bot;
    private final URI url;
    private final Optional<String> secret;
    private final HttpClient client;
    private final Clock clock;
    private final Duration firstPause;
    private volatile boolean stopped;
    private volatile Thread thread;

    WebhookPump(BotState bot, URI url, Optional<String> secret, HttpClient client, Clock clock, Duration firstPause) {
        this.bot = bot;
        this.url = url;
        this.secret = secret;
        this.client = client;
        this.clock = clock;
        this.firstPause = firstPause;
    }

    String url() {
        return url.toString();
    }

    WebhookPump start() {
        thread = Thread.ofVirtual().name("sandbox-webhook-" + bot.bot.id()).start(this);
        return this;
    }

    void stop() {
        stopped = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                BotUpdate update = bot.updates.head();
                deliver(update);
                bot.updates.remove(update);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(BotUpdate update) throws InterruptedException {
        byte[] body = BotWire.update(update).toString().getBytes(StandardCharsets.UTF_8);
        Duration pause = firstPause;
        for (int attempt = 1; attempt <= ATTEMPTS && !stopped; attempt++) {
            String failure = post(body);
            if (failure == null) {
                return;
            }
            bot.deliveryFailed(clock.instant(), failure);
            LOG.info("webhook of bot {} failed on update {} (attempt {}): {}", bot.bot.id(), update.updateId(),
                    attempt, failure);
            if (attempt < ATTEMPTS) {
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** Posts once; null on a 2xx answer, else why it failed. */
    private String post(byte[] body) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        secret.ifPresent(value -> request.header("X-Telegram-Bot-Api-Secret-Token", value));
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "Wrong response from the webhook: " + status;
        } catch (IOException e) {
            return "Connection failed: " + e.getClass().getSimpleName();
        }
    }
}
