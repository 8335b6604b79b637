package io.telegate.ports.out;

import io.telegate.ports.model.SessionDescriptor;

/**
 * Telegram user accounts (MTProto): opens live sessions from stored session descriptors.
 *
 * <p>Contract: {@link #connect} returns a ready session or throws {@link AccessLostException} when the
 * session is not (or no longer) authorized, {@link FloodWaitException} when Telegram asks to wait, and
 * {@link TransientFailure} when Telegram cannot be reached. Connecting the same session id twice returns two
 * handles to the one underlying client; closing the last handle disconnects it. Thread-safe.
 */
public interface UserAccounts {

    /** Connects (or shares the connection of) the given session. */
    AccountSession connect(SessionDescriptor session);
}
