package io.telegate.apps.fetcher;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The producer and subscriber side of seed 002 on the real Redis, as an existing user's system does it: LPUSH
 * commands, SUBSCRIBE to events. Key names are unique per fixture so tests never see each other's traffic.
 */
final class RedisFixture implements AutoCloseable {

    static final String URL = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379/0");

    final String prefix = "it-" + UUID.randomUUID() + ":";
    final String commandsKey = prefix + "tg_commands";
    final String eventsChannel = prefix + "tg_events";
    final String deadLetterKey = prefix + "tg_commands:dead";
    private final RedisClient client = RedisClient.create(URL);
    private final StatefulRedisConnection<String, String> connection = client.connect();
    private final StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
    private final List<String> events = new CopyOnWriteArrayList<>();

    RedisFixture() {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                events.add(message);
            }
        });
        pubSub.sync().subscribe(eventsChannel);
    }

    /** LPUSHes the commands in one call, as a batch producer does: the last one ends up at the head. */
    void lpush(String... commands) {
        connection.sync().lpush(commandsKey, commands);
    }

    long deadLetters() {
        return connection.sync().xlen(deadLetterKey);
    }

    long processing(String consumer) {
        return connection.sync().llen(commandsKey + ":processing:" + consumer);
    }

    List<String> events() {
        return List.copyOf(events);
    }

    /** Waits for an event matching {@code match}; fails after {@code timeout}. */
    String awaitEvent(Predicate<String> match, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (String event : events) {
                if (match.test(event)) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching event within " + timeout + "; got " + events);
    }

    @Override
    public void close() {
        List<String> keys = connection.sync().keys(prefix + "*");
        if (!keys.isEmpty()) {
            connection.sync().del(keys.toArray(String[]::new));
        }
        pubSub.close();
        connection.close();
        client.shutdown();
    }
}
