package io.telegate.ports.out;

import io.telegate.ports.model.AccessLossReason;
import java.util.Objects;

/** The session lost access to a chat, or altogether ({@link AccessLossReason#sessionDead()}). */
public final class AccessLostException extends PermanentFailure {

    private final AccessLossReason reason;

    public AccessLostException(AccessLossReason reason, String detail) {
        super("access lost: " + reason + (detail.isBlank() ? "" : " (" + detail + ")"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public AccessLossReason reason() {
        return reason;
    }
}
