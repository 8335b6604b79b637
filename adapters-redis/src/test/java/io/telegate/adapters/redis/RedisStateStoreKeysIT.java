package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where {@link RedisStateStore} keeps its values and how it treats their time-to-live in Redis. */
class RedisStateStoreKeysIT {

    private final RedisNamespace redis = new RedisNamespace();
    private final RedisConfig config = redis.config("state");
    private final RedisStateStore store = new RedisStateStore(redis.connections(config));
    private final RedisCommands<String, String> raw = redis.raw();

    @AfterEach
    void deleteTheKeys() {
        redis.close();
    }

    @Test
    void valuesArePlainStringsUnderTheKeyPrefix() {
        store.put("bkdone:sent:42", "1", Optional.of(Duration.ofHours(24)));

        assertThat(raw.get(config.keyPrefix() + "bkdone:sent:42")).isEqualTo("1");
        assertThat(raw.pttl(config.keyPrefix() + "bkdone:sent:42")).isBetween(1L, Duration.ofHours(24).toMillis());
    }

    @Test
    void anEmptyPrefixReachesKeysOtherProgramsWrite() {
        RedisStateStore unprefixed = new RedisStateStore(redis.connections(config.withKeyPrefix("")));
        raw.set(redis.prefix() + "written-elsewhere", "by the old bot");

        assertThat(unprefixed.get(redis.prefix() + "written-elsewhere")).contains("by the old bot");
    }

    @Test
    void compareAndSetKeepsTheTimeToLive() {
        store.put("position", "1", Optional.of(Duration.ofMinutes(1)));

        assertThat(store.compareAndSet("position", "1", "2")).isTrue();

        assertThat(raw.get(config.keyPrefix() + "position")).isEqualTo("2");
        assertThat(raw.pttl(config.keyPrefix() + "position")).isBetween(1L, Duration.ofMinutes(1).toMillis());
    }

    @Test
    void putIfAbsentOfAPresentKeyLeavesItsTimeToLiveAlone() {
        store.put("dedupe", "first", Optional.empty());

        assertThat(store.putIfAbsent("dedupe", "second", Optional.of(Duration.ofMinutes(1)))).isFalse();

        assertThat(raw.pttl(config.keyPrefix() + "dedupe")).isEqualTo(-1L);
    }
}
