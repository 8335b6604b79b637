package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.telegate.apps.runtime.config.Env;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxLimits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Final-state events reach the configured transport: the Redis stream, or the RabbitMQ events queue. */
class NotifierEventsIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final NotifierFixture fixture = new NotifierFixture(SandboxLimits.telegram());
    private final BotToken bot = fixture.sandbox.createBot("events_bot");
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private NotifierComponent notifier;

    @AfterEach
    void stop() throws Exception {
        if (notifier != null) {
            notifier.lifecycle().stop();
        }
        fixture.close();
    }

    private String deliverOne(Map<String, String> extra) {
        Map<String, String> env = fixture.env(Map.of("default", bot));
        env.putAll(extra);
        notifier = Main.build(NotifierConfig.from(Env.of(env)), Clock.systemUTC());
        notifier.lifecycle().start();
        TaskApi api = new TaskApi(notifier.httpServer().baseUrl());
        String token = NotifierFixture.token("events-tenant");
        long chat = fixture.sandbox.createUser("Eve", null, null).id();
        String id = api.create(token, "{\"chat_id\": " + chat + ", \"text\": \"event me\"}");
        assertThat(api.awaitFinal(token, id, DELIVERY).get("status").asText()).isEqualTo("delivered");
        return id;
    }

    @Test
    void deliveredEventsGoToTheRedisStream() throws Exception {
        String channel = "it-" + suffix + ":notifier_events";
        RedisClient client = RedisClient.create("redis://127.0.0.1:6379/0");
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            String id = deliverOne(Map.of("NOTIFIER_EVENTS", "redis", "NOTIFIER_EVENTS_CHANNEL", channel));

            List<StreamMessage<String, String>> stream = redis.sync().xrange(channel + ":stream", Range.create("-", "+"));
            assertThat(stream).hasSize(1);
            assertThat(stream.getFirst().getBody()).containsEntry("type", "delivered").containsEntry("key", id);
            JsonNode event = TaskApi.JSON.readTree(stream.getFirst().getBody().get("payload"));
            assertThat(event.get("task_id").asText()).isEqualTo(id);
            assertThat(event.get("tenant").asText()).isEqualTo("events-tenant");
            assertThat(event.get("telegram_message_ids")).hasSize(1);
            redis.sync().del(channel + ":stream");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void deliveredEventsGoToTheRabbitQueue() throws Exception {
        String exchange = "it_notify_" + suffix;
        String queue = "it_notifier_events_" + suffix;
        ConnectionFactory factory = new ConnectionFactory();
        // an amqp:// URI ending in "/" names the empty vhost; the default one is "/"
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            try {
                String id = deliverOne(Map.of("NOTIFIER_EVENTS", "rabbitmq", "NOTIFIER_RABBITMQ_EXCHANGE", exchange,
                        "NOTIFIER_RABBITMQ_EVENTS_QUEUE", queue));

                GetResponse got = channel.basicGet(queue, true);
                assertThat(got).isNotNull();
                assertThat(got.getProps().getHeaders().get("type").toString()).isEqualTo("delivered");
                JsonNode event = TaskApi.JSON.readTree(new String(got.getBody(), StandardCharsets.UTF_8));
                assertThat(event.get("task_id").asText()).isEqualTo(id);
                assertThat(event.get("status").asText()).isEqualTo("delivered");
            } finally {
                // the notifier_commands queues the adapter declares are shared by name and left empty
                channel.queueDelete(queue);
                channel.exchangeDelete(exchange);
                channel.exchangeDelete(exchange + ".dlx");
            }
        }
    }
}
