package io.telegate.apps.fetcher;

import static io.telegate.apps.fetcher.FetcherFixture.allIds;
import static io.telegate.apps.fetcher.FetcherFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same fetcher on RabbitMQ: commands published to an exchange, events read from the events queue. */
class FetcherRabbitIT {

    private static final String URL = System.getenv().getOrDefault("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/");

    @TempDir
    Path dir;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String exchange = "it_fetch_" + suffix;
    private final String commands = "it_tg_commands_" + suffix;
    private final String events = "it_tg_events_" + suffix;
    private Connection connection;
    private Channel channel;
    private FetcherComponent fetcher;
    private RedisFixture unusedRedis;

    @BeforeEach
    void startFetcher() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URL.replaceFirst("/$", ""));  // the Java client reads a trailing "/" as an empty vhost
        connection = factory.newConnection("fetcher-it");
        channel = connection.createChannel();
        unusedRedis = new RedisFixture();
        Map<String, String> env = FetcherFixture.env(unusedRedis, dir.resolve("data"), FetcherFixture.seed(dir, 200),
                "rabbit-worker");
        env.put("FETCHER_TRANSPORT", "rabbitmq");
        env.put("RABBITMQ_URL", URL);
        env.put("FETCH_RABBITMQ_EXCHANGE", exchange);
        env.put("FETCH_RABBITMQ_COMMANDS_QUEUE", commands);
        env.put("FETCH_RABBITMQ_EVENTS_QUEUE", events);
        fetcher = Main.build(FetcherFixture.config(env), Clock.systemUTC());
        fetcher.lifecycle().start();
    }

    @AfterEach
    void stopFetcher() throws Exception {
        fetcher.lifecycle().stop();
        for (String queue : List.of(commands, events, commands + ".dead")) {
            channel.queueDelete(queue);
        }
        channel.exchangeDelete(exchange);
        channel.exchangeDelete(exchange + ".dlx");
        connection.close();
        unusedRedis.close();
    }

    private void publishCommand(String json) throws Exception {
        channel.basicPublish(exchange, "command", new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).build(), json.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode awaitEvent(String type, List<JsonNode> seen) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            GetResponse got = channel.basicGet(events, true);
            if (got == null) {
                Thread.sleep(20);
                continue;
            }
            JsonNode event = parse(new String(got.getBody(), StandardCharsets.UTF_8));
            seen.add(event);
            if (event.path("event").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event; saw " + seen);
    }

    @Test
    void aCommandPublishedToTheExchangeIsArchivedAndReportedOnTheEventsQueue() throws Exception {
        publishCommand("""
                {"command":"fetch","command_id":"c-rabbit","chat":"@fetch_it","mode":"range",
                 "from":"2025-03-01","to":"2025-03-05","strategy":"per_day"}""");

        List<JsonNode> seen = new ArrayList<>();
        JsonNode completed = awaitEvent("completed", seen);

        assertThat(completed.get("command_id").asText()).isEqualTo("c-rabbit");
        assertThat(seen.getFirst().get("event").asText()).isEqualTo("started");
        assertThat(allIds(dir.resolve("data").resolve("fetch_it"))).hasSize(200);
    }

    @Test
    void aBrokenCommandIsAnsweredWithAFailedEventAndDeadLettered() throws Exception {
        publishCommand("{\"command\":\"fetch\",\"chat\":\"@fetch_it\",\"mode\":\"date\",\"date\":\"2025-02-30\"}");

        JsonNode failed = awaitEvent("failed", new ArrayList<>());

        assertThat(failed.get("field").asText()).isEqualTo("date");
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (channel.messageCount(commands + ".dead") == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(channel.messageCount(commands + ".dead")).isEqualTo(1);
    }
}
