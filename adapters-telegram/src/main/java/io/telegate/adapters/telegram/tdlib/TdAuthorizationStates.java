package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The names of TDLib's authorization states, and reading them from {@code updateAuthorizationState}. */
final class TdAuthorizationStates {

    static final String UPDATE = "updateAuthorizationState";
    static final String WAIT_PARAMETERS = "authorizationStateWaitTdlibParameters";
    static final String WAIT_PHONE = "authorizationStateWaitPhoneNumber";
    static final String WAIT_CODE = "authorizationStateWaitCode";
    static final String WAIT_PASSWORD = "authorizationStateWaitPassword";
    static final String WAIT_OTHER_DEVICE = "authorizationStateWaitOtherDeviceConfirmation";
    static final String WAIT_REGISTRATION = "authorizationStateWaitRegistration";
    static final String WAIT_EMAIL_ADDRESS = "authorizationStateWaitEmailAddress";
    static final String WAIT_EMAIL_CODE = "authorizationStateWaitEmailCode";
    static final String READY = "authorizationStateReady";
    static final String LOGGING_OUT = "authorizationStateLoggingOut";
    static final String CLOSING = "authorizationStateClosing";
    static final String CLOSED = "authorizationStateClosed";

    private TdAuthorizationStates() {
    }

    /** The authorization state an {@code updateAuthorizationState} carries; empty for any other object. */
    static Optional<JsonNode> of(JsonNode update) {
        return TdObjects.is(update, UPDATE) ? Optional.of(update.path("authorization_state")) : Optional.empty();
    }

    static boolean isClosed(JsonNode update) {
        return of(update).map(state -> TdObjects.is(state, CLOSED)).orElse(false);
    }
}
