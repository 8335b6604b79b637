package io.telegate.adapters.redis;

import io.telegate.ports.out.Leases;
import io.telegate.testkit.state.LeasesContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The {@link LeasesContract} against a real Redis, which expires leases by its own clock. */
class RedisLeasesIT extends LeasesContract {

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisLeases leases = new RedisLeases(redis.connections("leases"));

    @Override
    protected Leases leases() {
        return leases;
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
