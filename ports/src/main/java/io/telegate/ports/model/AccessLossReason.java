package io.telegate.ports.model;

/**
 * Why a session can no longer read a chat, or can no longer be used at all.
 *
 * <p>The wire name ({@link #name()}) is what {@code access_lost} events carry in their {@code reason} field.
 */
public enum AccessLossReason {
    /** The authorization key is unknown to Telegram: the session was logged out or never existed. */
    AUTH_KEY_UNREGISTERED(true),
    /** The user ended the session from another device. */
    SESSION_REVOKED(true),
    /** The account was deleted or deactivated. */
    USER_DEACTIVATED(true),
    /** The account is banned by Telegram. */
    USER_BANNED(true),
    /** The same authorization key is used from two places at once. */
    AUTH_KEY_DUPLICATED(true),
    /** The chat became private or the session is no longer a member that may read it. */
    CHANNEL_PRIVATE(false),
    /** The session's user was removed from the chat. */
    KICKED(false),
    /** The session's user was banned from the chat. */
    BANNED_IN_CHAT(false),
    /** Connecting failed repeatedly (after the configured reconnect attempts). */
    CONNECTION_LOST(false);

    private final boolean sessionDead;

    AccessLossReason(boolean sessionDead) {
        this.sessionDead = sessionDead;
    }

    /** True when the whole session is unusable and must be quarantined, not only this chat lost. */
    public boolean sessionDead() {
        return sessionDead;
    }
}
