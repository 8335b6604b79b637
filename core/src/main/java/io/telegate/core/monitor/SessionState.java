package io.telegate.core.monitor;

/** What the monitor knows of one session, as health and metrics report it. */
public enum SessionState {
    /** Connected in this process and serving chats. */
    CONNECTED,
    /** Telegram asked it to wait (FloodWait); other sessions serve reads meanwhile. */
    COOLING,
    /** Revoked, banned or deactivated: never connected again by this process. */
    QUARANTINED,
    /** Known but not connected now. */
    IDLE
}
