package io.telegate.adapters.redis;

import io.lettuce.core.ScriptOutputType;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * An {@link EventPublisher} on the Redis Pub/Sub channel of seed 002 ({@code tg_events}), which carries the
 * payload unchanged, plus a capped stream ({@code tg_events:stream}, fields {@code type}, {@code key},
 * {@code payload}) from which a subscriber that was away can catch up.
 *
 * <p>One Lua script appends and publishes, so both happen or neither does; {@link #publish} returns once Redis
 * has answered it, which is the confirm. Events of one thread go out in order over the one shared connection.
 * The stream is trimmed with {@code MAXLEN ~}, so it may hold somewhat more than the configured length.
 */
public final class RedisEventPublisher implements EventPublisher {

    private static final LuaScript PUBLISH = LuaScript.named("publish");

    private final RedisConnections redis;
    private final RedisConfig config;

    @Inject
    public RedisEventPublisher(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.config = redis.config();
    }

    /** Throws {@link TransientFailure} for every failure, as the port promises; the caller still holds the event. */
    @Override
    public void publish(OutboundEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            redis.call("publish event", commands -> PUBLISH.<Long>run(commands, ScriptOutputType.INTEGER,
                    new String[] {config.eventsStreamKey()}, config.eventsChannel(),
                    String.valueOf(config.eventsStreamMaxLength()), event.type(), event.key(), event.payload()));
        } catch (PermanentFailure refused) {
            throw new TransientFailure(refused.getMessage(), refused);
        }
    }
}
