package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@link RedisEventPublisher} leaves on the channel of seed 002 and in the catch-up stream. */
class RedisEventPublisherStreamIT {

    private static final String EVENT = "{\"event\":\"completed\",\"command_id\":\"c-1\",\"processed\":271}";

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisConfig config = redis.config("events");
    private final RedisCommands<String, String> raw = redis.raw();

    @AfterEach
    void deleteTheStream() {
        redis.close();
    }

    @Test
    void anEventReachesChannelSubscribersAndStaysInTheStreamWithTypeKeyAndPayload() {
        RedisEventPublisher publisher = new RedisEventPublisher(redis.connections(config));
        try (EventSubscriber subscriber = new EventSubscriber(config.eventsChannel())) {

            publisher.publish(new OutboundEvent("completed", "c-1", EVENT));

            assertThat(subscriber.received(1, Duration.ofSeconds(10))).containsExactly(EVENT);
        }
        assertThat(raw.xrange(config.eventsStreamKey(), Range.unbounded())).extracting(StreamMessage::getBody)
                .containsExactly(Map.of("type", "completed", "key", "c-1", "payload", EVENT));
    }

    @Test
    void eventsPublishedWhileNobodyListensCanBeReadFromTheStreamInOrder() {
        RedisEventPublisher publisher = new RedisEventPublisher(redis.connections(config));

        for (int i = 0; i < 3; i++) {
            publisher.publish(new OutboundEvent("progress", "c-1", "{\"processed\":" + i + "}"));
        }

        assertThat(raw.xrange(config.eventsStreamKey(), Range.unbounded()))
                .extracting(entry -> entry.getBody().get("payload"))
                .containsExactly("{\"processed\":0}", "{\"processed\":1}", "{\"processed\":2}");
    }

    @Test
    void theStreamIsTrimmedNearItsMaximumLength() {
        RedisEventPublisher publisher =
                new RedisEventPublisher(redis.connections(config.withEventsStreamMaxLength(10)));

        for (int i = 0; i < 600; i++) {
            publisher.publish(new OutboundEvent("progress", "c-1", "{\"processed\":" + i + "}"));
        }

        // MAXLEN ~ trims whole stream nodes (100 entries each by default), so the length lands near, not at, 10.
        assertThat(raw.xlen(config.eventsStreamKey())).isBetween(10L, 300L);
        List<StreamMessage<String, String>> newest = raw.xrevrange(config.eventsStreamKey(), Range.unbounded(),
                Limit.from(1));
        assertThat(newest).singleElement().extracting(entry -> entry.getBody().get("payload"))
                .isEqualTo("{\"processed\":599}");
    }

    @Test
    void anEventRedisRefusesFailsTransientlyAndReachesNobody() {
        raw.set(config.eventsStreamKey(), "not a stream");
        RedisEventPublisher publisher = new RedisEventPublisher(redis.connections(config));
        try (EventSubscriber subscriber = new EventSubscriber(config.eventsChannel())) {

            assertThatThrownBy(() -> publisher.publish(new OutboundEvent("completed", "c-1", EVENT)))
                    .isInstanceOf(TransientFailure.class);

            assertThat(subscriber.received(1, Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void anUnreachableRedisFailsTransiently() {
        RedisEventPublisher publisher = new RedisEventPublisher(redis.connections(
                config.withUrl("redis://127.0.0.1:1/0").withCommandTimeout(Duration.ofSeconds(2))));

        assertThatThrownBy(() -> publisher.publish(new OutboundEvent("completed", "c-1", EVENT)))
                .isInstanceOf(TransientFailure.class);
    }
}
