package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisEnvironmentTest {

    @Test
    void anEmptyEnvironmentMeansTheLocalRedisAndTheSeedNames() {
        RedisConfig config = RedisEnvironment.read(Map.of());

        assertThat(config).isEqualTo(RedisConfig.defaults("redis://127.0.0.1:6379/0", "telegate"));
    }

    @Test
    void redisUrlWinsOverHostAndPort() {
        RedisConfig config = RedisEnvironment.read(Map.of(
                "REDIS_URL", "redis://cache:6380/4", "REDIS_HOST", "ignored", "REDIS_PORT", "1"));

        assertThat(config.url()).isEqualTo("redis://cache:6380/4");
    }

    @Test
    void hostPortPasswordAndDatabaseMakeAUrlThatCarriesAnyPassword() {
        String password = "p@ss:w/rd %+ü";

        RedisConfig config = RedisEnvironment.read(Map.of(
                "REDIS_HOST", "redis.internal", "REDIS_PORT", "6390", "REDIS_PASSWORD", password, "REDIS_DB", "2"));

        RedisURI uri = RedisURI.create(config.url());
        assertThat(uri.getHost()).isEqualTo("redis.internal");
        assertThat(uri.getPort()).isEqualTo(6390);
        assertThat(uri.getDatabase()).isEqualTo(2);
        char[] parsedPassword = uri.getCredentialsProvider().resolveCredentials().block().getPassword();
        assertThat(new String(parsedPassword)).isEqualTo(password);
        assertThat(config.toString()).doesNotContain("w/rd");
    }

    @Test
    void everyNameAndLimitCanBeSet() {
        RedisConfig config = RedisEnvironment.read(Map.of(
                "REDIS_COMMANDS_KEY", "jobs",
                "REDIS_EVENTS_CHANNEL", "jobs_events",
                "REDIS_EVENTS_STREAM", "jobs_events:log",
                "REDIS_EVENTS_STREAM_MAXLEN", "500",
                "REDIS_DEAD_LETTER_KEY", "jobs:dead",
                "REDIS_CONSUMER", "fetcher-2",
                "REDIS_KEY_PREFIX", "",
                "REDIS_COMMAND_TIMEOUT_MS", "1500"));

        assertThat(config).isEqualTo(new RedisConfig("redis://127.0.0.1:6379/0", "jobs", "jobs_events",
                "jobs_events:log", 500, "jobs:dead", "fetcher-2", "", Duration.ofMillis(1500)));
    }

    @Test
    void theConsumerIsNamedAfterTheHostWhenNotSet() {
        assertThat(RedisEnvironment.read(Map.of("HOSTNAME", "fetcher-7f9c")).consumerName()).isEqualTo("fetcher-7f9c");
    }

    @Test
    void aNumberThatIsNotOneIsRejectedNamingTheVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisEnvironment.read(Map.of("REDIS_COMMAND_TIMEOUT_MS", "5s")))
                .withMessageContaining("REDIS_COMMAND_TIMEOUT_MS");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisEnvironment.read(Map.of("REDIS_PORT", "six")))
                .withMessageContaining("REDIS_PORT");
    }
}
