package io.telegate.core.notify;

/**
 * The Bot API's send limits of one bot.
 *
 * @param perSecond            messages per second over all chats
 * @param privateChatPerSecond messages per second to one private chat
 * @param groupPerMinute       messages per minute to one group, supergroup or channel
 */
public record RateLimits(int perSecond, int privateChatPerSecond, int groupPerMinute) {

    public RateLimits {
        if (perSecond < 1 || privateChatPerSecond < 1 || groupPerMinute < 1) {
            throw new IllegalArgumentException("rate limits allow at least one message per window");
        }
    }

    /** Telegram's documented limits: 30 per second, 1 per second per private chat, 20 per minute per group. */
    public static RateLimits telegram() {
        return new RateLimits(30, 1, 20);
    }
}
