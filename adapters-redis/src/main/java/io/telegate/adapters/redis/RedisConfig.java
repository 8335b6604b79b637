package io.telegate.adapters.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Redis is and which keys the Redis adapters use; the wire names default to those of seed 002.
 *
 * <p>{@link #toString()} masks the password of the URL, and no validation message repeats the URL, so a config
 * can be logged. The file is longer than most because each component has a {@code with...} copy method, which
 * keeps tests and apps from spelling out nine arguments to change one.
 *
 * @param url                   {@code redis://[:password@]host:port/db} ({@code REDIS_URL}); may hold a secret
 * @param commandsKey           the list producers push commands onto ({@code tg_commands})
 * @param eventsChannel         the Pub/Sub channel events are published on ({@code tg_events})
 * @param eventsStreamKey       the stream every event is also appended to, for late subscribers
 * @param eventsStreamMaxLength roughly how many events the stream keeps ({@code MAXLEN ~})
 * @param deadLetterKey         the stream dead letters are appended to ({@code tg_commands:dead})
 * @param consumerName          this consumer's identity: unique among running consumers and the same across
 *                              restarts of one instance, so {@code recover()} finds what a crash left behind
 * @param keyPrefix             what state keys and lease keys start with ({@code telegate:}); may be empty
 * @param commandTimeout        how long one command (and connecting) may take before it fails as transient
 */
public record RedisConfig(
        String url,
        String commandsKey,
        String eventsChannel,
        String eventsStreamKey,
        long eventsStreamMaxLength,
        String deadLetterKey,
        String consumerName,
        String keyPrefix,
        Duration commandTimeout) {

    public static final String DEFAULT_COMMANDS_KEY = "tg_commands";
    public static final String DEFAULT_EVENTS_CHANNEL = "tg_events";
    public static final String DEFAULT_EVENTS_STREAM_KEY = "tg_events:stream";
    public static final long DEFAULT_EVENTS_STREAM_MAX_LENGTH = 100_000;
    public static final String DEFAULT_DEAD_LETTER_KEY = "tg_commands:dead";
    public static final String DEFAULT_KEY_PREFIX = "telegate:";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(5);

    public RedisConfig {
        Objects.requireNonNull(url, "url");
        requireParsable(url);
        requireName(commandsKey, "commands key");
        requireName(eventsChannel, "events channel");
        requireName(eventsStreamKey, "events stream key");
        requireName(deadLetterKey, "dead-letter key");
        requireName(consumerName, "consumer name");
        Objects.requireNonNull(keyPrefix, "key prefix");
        Objects.requireNonNull(commandTimeout, "command timeout");
        if (eventsStreamMaxLength < 1) {
            throw new IllegalArgumentException(
                    "events stream max length must be positive, got " + eventsStreamMaxLength);
        }
        if (commandTimeout.isZero() || commandTimeout.isNegative()) {
            throw new IllegalArgumentException("command timeout must be positive, got " + commandTimeout);
        }
    }

    /** The seed 002 names, the {@code telegate:} prefix and a 5 s command timeout. */
    public static RedisConfig defaults(String url, String consumerName) {
        return new RedisConfig(url, DEFAULT_COMMANDS_KEY, DEFAULT_EVENTS_CHANNEL, DEFAULT_EVENTS_STREAM_KEY,
                DEFAULT_EVENTS_STREAM_MAX_LENGTH, DEFAULT_DEAD_LETTER_KEY, consumerName, DEFAULT_KEY_PREFIX,
                DEFAULT_COMMAND_TIMEOUT);
    }

    /** The list holding what this consumer took and has not settled: {@code <commandsKey>:processing:<consumer>}. */
    public String processingKey() {
        return commandsKey + ":processing:" + consumerName;
    }

    /** The hash counting, per payload digest, copies put back for redelivery: {@code <commandsKey>:redelivered}. */
    public String redeliveredKey() {
        return commandsKey + ":redelivered";
    }

    public RedisConfig withUrl(String value) {
        return new RedisConfig(value, commandsKey, eventsChannel, eventsStreamKey, eventsStreamMaxLength,
                deadLetterKey, consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withCommandsKey(String value) {
        return new RedisConfig(url, value, eventsChannel, eventsStreamKey, eventsStreamMaxLength, deadLetterKey,
                consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withEventsChannel(String value) {
        return new RedisConfig(url, commandsKey, value, eventsStreamKey, eventsStreamMaxLength, deadLetterKey,
                consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withEventsStreamKey(String value) {
        return new RedisConfig(url, commandsKey, eventsChannel, value, eventsStreamMaxLength, deadLetterKey,
                consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withEventsStreamMaxLength(long value) {
        return new RedisConfig(url, commandsKey, eventsChannel, eventsStreamKey, value, deadLetterKey,
                consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withDeadLetterKey(String value) {
        return new RedisConfig(url, commandsKey, eventsChannel, eventsStreamKey, eventsStreamMaxLength, value,
                consumerName, keyPrefix, commandTimeout);
    }

    public RedisConfig withConsumerName(String value) {
        return new RedisConfig(url, commandsKey, eventsChannel, eventsStreamKey, eventsStreamMaxLength,
                deadLetterKey, value, keyPrefix, commandTimeout);
    }

    public RedisConfig withKeyPrefix(String value) {
        return new RedisConfig(url, commandsKey, eventsChannel, eventsStreamKey, eventsStreamMaxLength,
                deadLetterKey, consumerName, value, commandTimeout);
    }

    public RedisConfig withCommandTimeout(Duration value) {
        return new RedisConfig(url, commandsKey, eventsChannel, eventsStreamKey, eventsStreamMaxLength,
                deadLetterKey, consumerName, keyPrefix, value);
    }

    /** The URL as Lettuce takes it. */
    RedisURI redisUri() {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(commandTimeout);
        return uri;
    }

    /** Shows every component, with the URL's credentials masked. */
    @Override
    public String toString() {
        return "RedisConfig[url=" + RedisURI.create(url) + ", commandsKey=" + commandsKey
                + ", eventsChannel=" + eventsChannel + ", eventsStreamKey=" + eventsStreamKey
                + ", eventsStreamMaxLength=" + eventsStreamMaxLength + ", deadLetterKey=" + deadLetterKey
                + ", consumerName=" + consumerName + ", keyPrefix=" + keyPrefix
                + ", commandTimeout=" + commandTimeout + "]";
    }

    private static void requireParsable(String url) {
        try {
            RedisURI.create(url);
        } catch (RuntimeException invalid) {
            // The message of the cause may quote the URL, and with it a password: leave the cause out.
            throw new IllegalArgumentException("the Redis URL is not a valid redis:// or rediss:// URL");
        }
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
