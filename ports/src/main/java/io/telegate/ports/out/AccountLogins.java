package io.telegate.ports.out;

import io.telegate.ports.model.LoginStep;

/**
 * Logs user accounts in, step by step: phone number, code, two-step password; or by QR code.
 *
 * <p>Contract: each call returns the next {@link LoginStep}; an input for a log-in that does not exist or
 * has ended throws {@link PermanentFailure}; a wrong code or password answers the same waiting step again
 * (Telegram allows a few tries) or {@link LoginStep.Failed}. {@link LoginStep.LoggedIn} carries a session
 * descriptor that {@link UserAccounts#connect} accepts.
 */
public interface AccountLogins {

    /** Starts a log-in by phone number (international format, e.g. {@code +15551234567}). */
    LoginStep startWithPhone(String phoneNumber);

    /** Starts a log-in by QR code. */
    LoginStep startWithQr();

    /** Submits the code or password the current step asks for; for a QR step, polls for the scan. */
    LoginStep submit(String loginId, String input);

    /** Abandons a log-in; unknown ids are ignored. */
    void cancel(String loginId);

    /** Logs the session out at Telegram so its session string stops working everywhere. */
    void logOut(io.telegate.ports.model.SessionDescriptor session);
}
