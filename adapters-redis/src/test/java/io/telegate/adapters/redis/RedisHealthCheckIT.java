package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link RedisHealthCheck} against the real Redis and against a port where nothing listens. */
class RedisHealthCheckIT {

    private final RedisNamespace redis = new RedisNamespace();

    @AfterEach
    void closeTheConnections() {
        redis.close();
    }

    @Test
    void redisIsUpWhenItAnswersPing() {
        RedisHealthCheck check = new RedisHealthCheck(redis.connections("health"));

        HealthStatus status = check.check();

        assertThat(check.name()).isEqualTo("redis");
        assertThat(status.up()).as(status.detail()).isTrue();
    }

    @Test
    void redisIsDownWithoutAnExceptionOrThePasswordWhenNothingListens() {
        RedisConfig nowhere = redis.config("health").withUrl("redis://:s3cret-passw0rd@127.0.0.1:1/0")
                .withCommandTimeout(Duration.ofSeconds(2));
        RedisHealthCheck check = new RedisHealthCheck(redis.connections(nowhere));

        HealthStatus first = check.check();
        HealthStatus second = check.check();

        assertThat(first.up()).isFalse();
        assertThat(second.up()).isFalse();
        assertThat(first.detail()).isNotBlank().doesNotContain("s3cret-passw0rd");
    }
}
