package io.telegate.adapters.redis;

import io.telegate.ports.out.EventPublisher;
import io.telegate.testkit.messaging.EventPublisherContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link EventPublisherContract} against a real Redis, watched by a Pub/Sub subscriber of the channel. */
class RedisEventPublisherIT extends EventPublisherContract {

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisEventPublisher publisher = new RedisEventPublisher(redis.connections("events"));
    private EventSubscriber subscriber;

    @BeforeEach
    void subscribeBeforeAnythingIsPublished() {
        subscriber = new EventSubscriber(redis.config("events").eventsChannel());
    }

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<String> receivedPayloads(int atLeast, Duration wait) {
        return subscriber.received(atLeast, wait);
    }

    @AfterEach
    void unsubscribeAndDeleteTheStream() {
        subscriber.close();
        redis.close();
    }
}
