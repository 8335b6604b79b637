package io.telegate.adapters.redis;

import io.telegate.ports.out.CommandQueue;
import io.telegate.testkit.messaging.CommandQueueContract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;

/** The {@link CommandQueueContract} against a real Redis; each consumer view has connections of its own. */
class RedisCommandQueueIT extends CommandQueueContract {

    private final RedisNamespace redis = new RedisNamespace();
    private final Map<CommandQueue, RedisConnections> views = new ConcurrentHashMap<>();

    @Override
    protected CommandQueue consumer(String consumerId) {
        RedisConnections connections = redis.connections(consumerId);
        RedisCommandQueue view = new RedisCommandQueue(connections);
        views.put(view, connections);
        return view;
    }

    /** A dead process's connections are gone: close them, leaving its processing list behind. */
    @Override
    protected void crash(CommandQueue consumer) {
        views.get(consumer).close();
    }

    @AfterEach
    void deleteTheQueue() {
        redis.close();
    }
}
