package io.telegate.ports.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a log-in of a user account stands; each step says what the caller must supply next.
 */
public sealed interface LoginStep {

    /** The log-in's id, to submit the next input to. */
    String loginId();

    /** Telegram sent a code (by SMS or in the app); submit it. */
    record WaitCode(String loginId, String deliveredBy) implements LoginStep {
        public WaitCode {
            Objects.requireNonNull(loginId, "login id");
            Objects.requireNonNull(deliveredBy, "delivered by");
        }
    }

    /** The account has two-step verification; submit its password. */
    record WaitPassword(String loginId, Optional<String> hint) implements LoginStep {
        public WaitPassword {
            Objects.requireNonNull(loginId, "login id");
            Objects.requireNonNull(hint, "hint");
        }
    }

    /** Scan this {@code tg://login?token=...} link as a QR code from a logged-in app before it expires. */
    record WaitQrScan(String loginId, String link, Instant expiresAt) implements LoginStep {
        public WaitQrScan {
            Objects.requireNonNull(loginId, "login id");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(expiresAt, "expires at");
        }
    }

    /** Done: the session is ready to be stored (encrypted) and used. */
    record LoggedIn(String loginId, SessionDescriptor session, long userId) implements LoginStep {
        public LoggedIn {
            Objects.requireNonNull(loginId, "login id");
            Objects.requireNonNull(session, "session");
        }
    }

    /** The log-in cannot go on (wrong code too often, phone banned, expired); start again. */
    record Failed(String loginId, String reason) implements LoginStep {
        public Failed {
            Objects.requireNonNull(loginId, "login id");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
