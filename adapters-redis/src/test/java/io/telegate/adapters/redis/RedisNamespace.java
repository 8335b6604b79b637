package io.telegate.adapters.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keys, channels and connections of one test on the shared Redis at 127.0.0.1:6379: every name starts with a
 * prefix of its own, so tests running at once never meet, and {@link #close()} deletes what the test wrote.
 */
final class RedisNamespace implements AutoCloseable {

    static final String URL = "redis://127.0.0.1:6379/0";

    /** One set of event loops for every client of the test run; the JVM's exit ends its daemon threads. */
    private static final ClientResources RESOURCES = DefaultClientResources.create();

    private final String prefix = "it-redis-" + UUID.randomUUID() + ":";
    private final List<RedisConnections> opened = new ArrayList<>();
    private RedisClient rawClient;
    private StatefulRedisConnection<String, String> raw;

    /** What every name of this test starts with. */
    String prefix() {
        return prefix;
    }

    /** The seed 002 names and the state prefix, each under this test's prefix. */
    RedisConfig config(String consumer) {
        return RedisConfig.defaults(URL, consumer)
                .withCommandsKey(prefix + "tg_commands")
                .withEventsChannel(prefix + "tg_events")
                .withEventsStreamKey(prefix + "tg_events:stream")
                .withDeadLetterKey(prefix + "tg_commands:dead")
                .withKeyPrefix(prefix + "telegate:");
    }

    /** Connections for {@code consumer}, closed with this namespace. */
    RedisConnections connections(String consumer) {
        return connections(config(consumer));
    }

    /** Connections for any config, closed with this namespace (name its keys under {@link #prefix()}). */
    synchronized RedisConnections connections(RedisConfig config) {
        RedisConnections connections = new RedisConnections(config, RESOURCES);
        opened.add(connections);
        return connections;
    }

    /** A plain Lettuce connection for looking at (or writing) keys the way other programs do. */
    synchronized RedisCommands<String, String> raw() {
        if (raw == null) {
            rawClient = RedisClient.create(RESOURCES, URL);
            raw = rawClient.connect();
        }
        return raw.sync();
    }

    /** A Lettuce client of its own on the shared event loops, for Pub/Sub subscribers; the caller shuts it down. */
    static RedisClient client() {
        return RedisClient.create(RESOURCES, URL);
    }

    @Override
    public synchronized void close() {
        opened.forEach(RedisConnections::close);
        opened.clear();
        RedisCommands<String, String> redis = raw();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        raw.close();
        rawClient.shutdown();
    }
}
