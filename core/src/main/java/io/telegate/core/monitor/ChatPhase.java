package io.telegate.core.monitor;

/** Where a monitored chat stands. */
public enum ChatPhase {
    /** Connecting a session, subscribing, filling the gap. */
    ATTACHING,
    /** A session reads the chat live. */
    LIVE,
    /** Every usable session is busy elsewhere or rate-limited; retried at each tick. */
    WAITING,
    /** No longer monitored by this process. */
    ENDED
}
