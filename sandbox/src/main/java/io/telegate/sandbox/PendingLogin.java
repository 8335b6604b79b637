package io.telegate.sandbox;

import java.time.Instant;

/** A log-in in progress: what it waits for, whose account it is once known, and the tries left. */
final class PendingLogin {

    /** What the log-in waits for next. */
    enum Stage { CODE, PASSWORD, QR_SCAN }

    static final int TRIES = 3;

    final String id;
    Stage stage;
    long userId;
    int triesLeft = TRIES;
    String qrToken;
    Instant qrExpiresAt;

    PendingLogin(String id, Stage stage, long userId) {
        this.id = id;
        this.stage = stage;
        this.userId = userId;
    }
}
