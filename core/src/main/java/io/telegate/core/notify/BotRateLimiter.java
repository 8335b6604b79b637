package io.telegate.core.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One bot's send budget, on the injected clock and without ever sleeping: {@link #admit} answers "now" (and counts
 * the send) or "not before". It keeps sliding windows for all chats together, for each private chat and for each
 * group, supergroup or channel, and the pauses 429 answers impose. A positive numeric chat id is a private chat;
 * a negative one or an {@code @username} is a group or channel. Thread-safe.
 */
public final class BotRateLimiter {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final RateLimits limits;
    private final SlidingWindow overall;
    private final Map<String, SlidingWindow> perChat = new HashMap<>();
    private final Map<String, Instant> chatPauses = new HashMap<>();
    private Instant botPausedUntil = Instant.MIN;

    public BotRateLimiter(Clock clock, RateLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.overall = new SlidingWindow(limits.perSecond(), SECOND);
    }

    /** Counts one message to {@code chatId} and admits it, or says when it may go. */
    public synchronized Admission admit(String chatId) {
        Instant now = clock.instant();
        long millis = now.toEpochMilli();
        SlidingWindow chat = perChat.computeIfAbsent(chatId, this::windowFor);
        long wait = Math.max(overall.waitMillis(millis), chat.waitMillis(millis));
        Instant at = now.plusMillis(wait);
        at = later(later(at, botPausedUntil), chatPauses.getOrDefault(chatId, Instant.MIN));
        if (at.isAfter(now)) {
            return new Admission.NotBefore(at);
        }
        overall.record(millis);
        chat.record(millis);
        prune(millis, now);
        return new Admission.Admitted();
    }

    /**
     * Telegram answered 429 for {@code chatId}. This limiter keeps every documented per-chat limit, so a 429 means
     * a budget it cannot see: for a private chat, whose limit is one message a second, that is the bot's overall
     * budget (another process using the same token, or Telegram's flood control), so the whole bot waits; for a
     * group or channel it is most likely that chat's own stricter limit, so only that chat waits.
     */
    public synchronized void retryAfter(String chatId, Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (isPrivate(chatId)) {
            botPausedUntil = later(botPausedUntil, until);
        } else {
            chatPauses.merge(chatId, until, BotRateLimiter::later);
        }
    }

    /** Pauses every send of this bot until now + {@code wait}. */
    public synchronized void pauseBot(Duration wait) {
        botPausedUntil = later(botPausedUntil, clock.instant().plus(wait));
    }

    /** Pauses the sends to one chat until now + {@code wait}. */
    public synchronized void pauseChat(String chatId, Duration wait) {
        chatPauses.merge(chatId, clock.instant().plus(wait), BotRateLimiter::later);
    }

    /** Until when the whole bot is paused; in the past when it is not. */
    public synchronized Instant botPausedUntil() {
        return botPausedUntil;
    }

    /** Whether a chat id names a private chat (a user); everything else is a group, supergroup or channel. */
    static boolean isPrivate(String chatId) {
        try {
            return Long.parseLong(chatId.strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private SlidingWindow windowFor(String chatId) {
        return isPrivate(chatId) ? new SlidingWindow(limits.privateChatPerSecond(), SECOND)
                : new SlidingWindow(limits.groupPerMinute(), MINUTE);
    }

    private void prune(long millis, Instant now) {
        if (perChat.size() > PRUNE_ABOVE) {
            perChat.values().removeIf(window -> window.idle(millis));
        }
        if (chatPauses.size() > PRUNE_ABOVE) {
            chatPauses.values().removeIf(until -> !until.isAfter(now));
        }
    }

    private static Instant later(Instant one, Instant other) {
        return other.isAfter(one) ? other : one;
    }
}
