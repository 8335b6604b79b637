package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.FloodWaitException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A user-account session of the sandbox: whose it is, whether it still works, and the flood waits it owes. */
final class SessionState {

    final SessionDescriptor descriptor;
    final long userId;
    private final Set<LiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean revoked;
    private int floodWaitsLeft;
    private Duration floodWait = Duration.ZERO;

    SessionState(SessionDescriptor descriptor, long userId) {
        this.descriptor = descriptor;
        this.userId = userId;
    }

    /** Called before every request of the session: fails when revoked or when a flood wait is due. */
    synchronized void guard() {
        if (revoked) {
            throw new AccessLostException(AccessLossReason.AUTH_KEY_UNREGISTERED, "session " + descriptor.id());
        }
        if (floodWaitsLeft > 0) {
            floodWaitsLeft--;
            throw new FloodWaitException(floodWait);
        }
    }

    synchronized void injectFloodWait(Duration wait, int times) {
        if (wait.isNegative() || times < 0) {
            throw new IllegalArgumentException("flood wait and times must not be negative");
        }
        floodWait = wait;
        floodWaitsLeft = times;
    }

    boolean revoked() {
        return revoked;
    }

    void track(LiveSubscription subscription) {
        subscriptions.add(subscription);
    }

    void untrack(LiveSubscription subscription) {
        subscriptions.remove(subscription);
    }

    /** Ends the session: later calls fail and every live subscription hears {@code AUTH_KEY_UNREGISTERED}. */
    void revoke() {
        revoked = true;
        subscriptions.forEach(s -> s.lose(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }
}
