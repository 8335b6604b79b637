package io.telegate.core.notify;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rate limiters of every bot this process sends with, one per bot id, made on first use. Thread-safe. */
public final class RateLimiters {

    private final Clock clock;
    private final RateLimits limits;
    private final Map<Long, BotRateLimiter> byBot = new ConcurrentHashMap<>();

    public RateLimiters(Clock clock, RateLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** The limiter of the bot with this id. */
    public BotRateLimiter forBot(long botId) {
        return byBot.computeIfAbsent(botId, id -> new BotRateLimiter(clock, limits));
    }
}
