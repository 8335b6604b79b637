package io.telegate.adapters.redis;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/** Tells whether Redis answers a {@code PING} within {@value #PATIENCE_MILLIS} ms; never throws. */
public final class RedisHealthCheck implements HealthCheck {

    static final long PATIENCE_MILLIS = 800;

    private final RedisConnections redis;

    @Inject
    public RedisHealthCheck(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public HealthStatus check() {
        try {
            String answer = redis.callWithin(Duration.ofMillis(PATIENCE_MILLIS), "ping", commands -> commands.ping());
            return "PONG".equals(answer)
                    ? HealthStatus.up("PING answered")
                    : HealthStatus.down("PING answered unexpectedly: " + answer);
        } catch (RuntimeException failure) {
            return HealthStatus.down(failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : failure.getMessage());
        }
    }
}
