package io.telegate.adapters.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Pub/Sub subscriber of one channel, the way an existing consumer of {@code tg_events} listens. */
final class EventSubscriber implements AutoCloseable {

    private final RedisClient client = RedisNamespace.client();
    private final StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
    private final BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    /** Subscribed once this returns, so nothing published afterwards is missed. */
    EventSubscriber(String channel) {
        connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                arrived.add(message);
            }
        });
        connection.sync().subscribe(channel);
    }

    /** Everything received so far, in arrival order, once {@code atLeast} arrived or {@code wait} passed. */
    synchronized List<String> received(int atLeast, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (seen.size() < atLeast) {
                String next = arrived.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                seen.add(next);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        arrived.drainTo(seen);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
