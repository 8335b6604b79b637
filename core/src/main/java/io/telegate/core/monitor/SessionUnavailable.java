package io.telegate.core.monitor;

/** A session cannot serve right now (connected by another process, or rate-limited); it is not lost. */
final class SessionUnavailable extends RuntimeException {

    SessionUnavailable(String sessionId, String why) {
        super("session " + sessionId + " is unavailable: " + why, null, false, false);
    }
}
