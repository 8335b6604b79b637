package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One bot's send limits: overall per second, per private chat per second, per group per minute, all sliding
 * windows on the sandbox clock. A refused message does not count.
 */
final class BotRateLimiter {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;

    private final Clock clock;
    private final Supplier<SandboxLimits> limits;
    private final SlidingWindow overall = new SlidingWindow();
    private final Map<Long, SlidingWindow> perChat = new HashMap<>();

    BotRateLimiter(Clock clock, Supplier<SandboxLimits> limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** Records one message to the chat, or says how long to wait (at least a second) when a limit is reached. */
    synchronized Optional<Duration> acquire(long chatId, ChatKind kind) {
        SandboxLimits current = limits.get();
        if (!current.enabled()) {
            return Optional.empty();
        }
        long now = clock.millis();
        boolean group = kind.isMultiUser();
        SlidingWindow chat = perChat.computeIfAbsent(chatId, id -> new SlidingWindow());
        long wait = Math.max(overall.waitMillis(now, current.messagesPerSecond(), SECOND),
                chat.waitMillis(now, group ? current.groupPerMinute() : current.privateChatPerSecond(),
                        group ? MINUTE : SECOND));
        if (wait > 0) {
            return Optional.of(Duration.ofSeconds(Math.max(1, (wait + SECOND - 1) / SECOND)));
        }
        overall.record(now);
        chat.record(now);
        if (perChat.size() > 10_000) {
            perChat.values().removeIf(window -> window.idle(now, MINUTE));
        }
        return Optional.empty();
    }
}
