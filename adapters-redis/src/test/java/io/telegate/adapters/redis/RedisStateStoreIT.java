package io.telegate.adapters.redis;

import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.StateStoreContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The {@link StateStoreContract} against a real Redis, which expires keys by its own clock. */
class RedisStateStoreIT extends StateStoreContract {

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisStateStore store = new RedisStateStore(redis.connections("state"));

    @Override
    protected StateStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }

    @AfterEach
    void deleteTheKeys() {
        redis.close();
    }
}
