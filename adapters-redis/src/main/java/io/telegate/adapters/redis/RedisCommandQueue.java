package io.telegate.adapters.redis;

import io.lettuce.core.LMoveArgs;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.telegate.ports.model.DeadLetter;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.TransientFailure;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reliable {@link CommandQueue} on the Redis list of seed 002 ({@code tg_commands}), which producers keep
 * filling with {@code RPUSH} (or {@code LPUSH}).
 *
 * <p>{@link #take} moves the head of the list onto this consumer's processing list
 * ({@code BLMOVE tg_commands tg_commands:processing:<consumer> LEFT RIGHT}, the end the old {@code BLPOP} took
 * from), on a dedicated connection; settling removes it from there: {@code ack} for good, {@code requeue} back
 * onto the head of the list, {@code deadLetter} into the dead-letter stream ({@code tg_commands:dead}, fields
 * {@code payload}, {@code reason}, {@code at}, {@code consumer}). What a crash leaves in the processing list
 * goes back to the head with {@link #recover()}, oldest first.
 *
 * <p>Payloads travel unchanged, so a redelivery cannot be marked on the command itself: requeue and recover
 * count it in a hash ({@code tg_commands:redelivered}, payload SHA-1 to count) and the next take of an equal
 * payload consumes one count. Two equal payloads in the queue at once are indistinguishable, so which of them
 * is reported as the redelivery is not defined; a crash between a take and its count leaves one count behind.
 */
public final class RedisCommandQueue implements CommandQueue {

    private static final LuaScript CLAIM_REDELIVERY = LuaScript.named("claim_redelivery");
    private static final LuaScript REQUEUE = LuaScript.named("requeue");
    private static final LuaScript DEAD_LETTER = LuaScript.named("dead_letter");
    private static final LuaScript RECOVER = LuaScript.named("recover");
    /** Redis reads a blocking timeout in milliseconds and takes 0 as "forever": shorter waits do not block. */
    private static final Duration SHORTEST_BLOCK = Duration.ofMillis(1);
    /** Longer waits are cut to this, which keeps the seconds Redis is sent finite and exact. */
    private static final Duration LONGEST_BLOCK = Duration.ofDays(365);
    private static final Logger log = LoggerFactory.getLogger(RedisCommandQueue.class);

    private final RedisConnections redis;
    private final RedisConfig config;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public RedisCommandQueue(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.config = redis.config();
    }

    @Override
    public void submit(String payload) {
        Objects.requireNonNull(payload, "payload");
        redis.call("submit command", commands -> commands.rpush(config.commandsKey(), payload));
    }

    /** Waits on a connection of its own; interrupted, it returns empty with the interrupt flag set. */
    @Override
    public Optional<Delivery> take(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        LMoveArgs headToTail = LMoveArgs.Builder.leftRight();
        Duration wait = timeout.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : timeout;
        Optional<String> payload = wait.compareTo(SHORTEST_BLOCK) < 0
                ? Optional.ofNullable(redis.call("take command",
                        commands -> commands.lmove(config.commandsKey(), config.processingKey(), headToTail)))
                : redis.blocking("take command", wait, commands -> commands.blmove(
                        config.commandsKey(), config.processingKey(), headToTail, wait.toMillis() / 1000.0));
        return payload.map(taken -> new RedisDelivery(this, taken, claimRedelivery(taken)));
    }

    @Override
    public int recover() {
        Long moved = redis.call("recover commands", commands -> RECOVER.run(commands, ScriptOutputType.INTEGER,
                new String[] {config.processingKey(), config.commandsKey(), config.redeliveredKey()}));
        return Math.toIntExact(moved);
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        List<StreamMessage<String, String>> newestFirst = redis.call("list dead letters",
                commands -> commands.xrevrange(config.deadLetterKey(), Range.unbounded(), Limit.from(limit)));
        return newestFirst.stream().map(RedisCommandQueue::deadLetterOf).toList();
    }

    void ack(String payload) {
        redis.call("acknowledge command", commands -> commands.lrem(config.processingKey(), 1, payload));
    }

    void requeue(String payload) {
        redis.call("requeue command", commands -> REQUEUE.<Long>run(commands, ScriptOutputType.INTEGER,
                new String[] {config.processingKey(), config.commandsKey(), config.redeliveredKey()}, payload));
    }

    void deadLetter(String payload, String reason) {
        redis.call("dead-letter command", commands -> DEAD_LETTER.<Long>run(commands, ScriptOutputType.INTEGER,
                new String[] {config.processingKey(), config.deadLetterKey()},
                payload, reason, clock.instant().toString(), config.consumerName()));
    }

    /**
     * Whether the command just taken is a redelivery. When Redis cannot tell right now the command is still
     * handed out (it is already in the processing list) as a first delivery, rather than stranded until a recover.
     */
    private boolean claimRedelivery(String payload) {
        try {
            Long claimed = redis.call("check redelivery", commands -> CLAIM_REDELIVERY.run(commands,
                    ScriptOutputType.INTEGER, new String[] {config.redeliveredKey()}, payload));
            return claimed == 1L;
        } catch (TransientFailure unknown) {
            log.warn("Could not tell whether a command taken from {} is a redelivery: {}",
                    config.commandsKey(), unknown.getMessage());
            return false;
        }
    }

    private static DeadLetter deadLetterOf(StreamMessage<String, String> entry) {
        Map<String, String> fields = entry.getBody();
        return new DeadLetter(fields.getOrDefault("payload", ""), fields.getOrDefault("reason", ""),
                atOf(fields.get("at"), entry.getId()));
    }

    /** The {@code at} field, or else the time in the entry id (milliseconds before the dash), for foreign entries. */
    private static Instant atOf(String at, String entryId) {
        if (at != null) {
            try {
                return Instant.parse(at);
            } catch (DateTimeParseException notIso) {
                // Fall back to the id, which Redis stamps with its own clock.
            }
        }
        return Instant.ofEpochMilli(Long.parseLong(entryId.substring(0, entryId.indexOf('-'))));
    }
}
