package io.telegate.sandbox;

/**
 * The Bot API rate limits the sandbox enforces per bot, as Telegram documents them.
 *
 * @param enabled              false switches every limit off
 * @param messagesPerSecond    messages per second over all chats (sliding one-second window)
 * @param privateChatPerSecond messages per second to one private chat
 * @param groupPerMinute       messages per minute to one group, supergroup or channel
 */
public record SandboxLimits(boolean enabled, int messagesPerSecond, int privateChatPerSecond, int groupPerMinute) {

    public SandboxLimits {
        if (messagesPerSecond < 1 || privateChatPerSecond < 1 || groupPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1 message per window");
        }
    }

    /** Telegram's documented limits: 30 per second overall, 1 per second per private chat, 20 per minute per group. */
    public static SandboxLimits telegram() {
        return new SandboxLimits(true, 30, 1, 20);
    }

    /** No rate limits at all. */
    public static SandboxLimits off() {
        return new SandboxLimits(false, 30, 1, 20);
    }
}
