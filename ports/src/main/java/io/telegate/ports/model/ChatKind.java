package io.telegate.ports.model;

/** What kind of chat a resolved chat is; rate limits and id ranges differ by kind. */
public enum ChatKind {
    PRIVATE,
    GROUP,
    SUPERGROUP,
    CHANNEL;

    /** Groups, supergroups and channels: the 20 messages per minute bot limit applies. */
    public boolean isMultiUser() {
        return this != PRIVATE;
    }
}
