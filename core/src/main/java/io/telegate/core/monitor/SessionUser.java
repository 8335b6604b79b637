package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;

/** Someone using a connected session (a chat, its history reader, a join), told when the session goes away. */
interface SessionUser {

    /** A user that needs no notice: it finds out from its own calls. */
    SessionUser NONE = new SessionUser() {
        @Override
        public void quarantined(AccessLossReason reason) {
        }

        @Override
        public void disconnected() {
        }
    };

    /** The session is dead for every chat (revoked, banned, deactivated). */
    void quarantined(AccessLossReason reason);

    /** The session was disconnected here without being lost (its lease went to another process). */
    void disconnected();
}
