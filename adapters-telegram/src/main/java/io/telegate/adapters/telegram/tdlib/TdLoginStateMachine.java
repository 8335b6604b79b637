package io.telegate.adapters.telegram.tdlib;

import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.CLOSED;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.CLOSING;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.LOGGING_OUT;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.READY;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_CODE;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_EMAIL_ADDRESS;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_EMAIL_CODE;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_OTHER_DEVICE;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_PARAMETERS;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_PASSWORD;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_PHONE;
import static io.telegate.adapters.telegram.tdlib.TdAuthorizationStates.WAIT_REGISTRATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.LoginStep;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What a log-in does on each TDLib authorization state: answer it itself (parameters, the phone number or the QR
 * request), ask the caller for input (code, password, QR scan), finish, or give up. Pure: it sends nothing.
 */
final class TdLoginStateMachine {

    /** How long Telegram's QR log-in tokens live; TDLib renews the link before it expires. */
    static final Duration QR_TOKEN_LIFETIME = Duration.ofSeconds(30);

    /** What to do about one state. */
    sealed interface Reaction {
        /** Send this request to TDLib and wait for the next state. */
        record Send(ObjectNode request) implements Reaction {
        }

        /** Tell the caller this step and wait for its input. */
        record Ask(LoginStep step) implements Reaction {
        }

        /** The account is logged in. */
        record Authorized() implements Reaction {
        }

        /** The log-in cannot go on. */
        record GiveUp(String reason) implements Reaction {
        }
    }

    private final String loginId;
    private final Optional<String> phoneNumber;
    private final ObjectNode parameters;
    private final Clock clock;

    /** A log-in by phone number, or by QR code when {@code phoneNumber} is empty. */
    TdLoginStateMachine(String loginId, Optional<String> phoneNumber, ObjectNode parameters, Clock clock) {
        this.loginId = loginId;
        this.phoneNumber = phoneNumber;
        this.parameters = parameters;
        this.clock = clock;
    }

    Reaction react(JsonNode state) {
        return switch (TdObjects.type(state)) {
            case WAIT_PARAMETERS -> new Reaction.Send(parameters);
            case WAIT_PHONE -> new Reaction.Send(phoneNumber
                    .map(phone -> TdObjects.request("setAuthenticationPhoneNumber").put("phone_number", phone))
                    .orElseGet(() -> {
                        ObjectNode request = TdObjects.request("requestQrCodeAuthentication");
                        request.putArray("other_user_ids");
                        return request;
                    }));
            case WAIT_CODE -> new Reaction.Ask(new LoginStep.WaitCode(loginId,
                    deliveredBy(state.path("code_info").path("type"))));
            case WAIT_PASSWORD -> new Reaction.Ask(new LoginStep.WaitPassword(loginId,
                    Optional.of(state.path("password_hint").asText("")).filter(hint -> !hint.isBlank())));
            case WAIT_OTHER_DEVICE -> new Reaction.Ask(new LoginStep.WaitQrScan(loginId,
                    state.path("link").asText(), clock.instant().plus(QR_TOKEN_LIFETIME)));
            case READY -> new Reaction.Authorized();
            case WAIT_REGISTRATION -> new Reaction.GiveUp(
                    "this phone number has no Telegram account; sign up in a Telegram app first");
            case WAIT_EMAIL_ADDRESS, WAIT_EMAIL_CODE -> new Reaction.GiveUp(
                    "Telegram asks this account to set up a log-in e-mail; log in once in a Telegram app first");
            case LOGGING_OUT, CLOSING, CLOSED -> new Reaction.GiveUp("the log-in was closed");
            default -> new Reaction.GiveUp("unexpected TDLib authorization state " + TdObjects.type(state));
        };
    }

    /** The request that submits the caller's input in this state; empty where there is nothing to submit (QR). */
    Optional<ObjectNode> submit(JsonNode state, String input) {
        return switch (TdObjects.type(state)) {
            case WAIT_CODE -> Optional.of(TdObjects.request("checkAuthenticationCode").put("code", input.strip()));
            case WAIT_PASSWORD -> Optional.of(TdObjects.request("checkAuthenticationPassword").put("password", input));
            default -> Optional.empty();
        };
    }

    /** True for the errors after which the same step is asked again (a mistyped code or password). */
    static boolean isRetryable(TdError error) {
        return error.named("PHONE_CODE_INVALID") || error.named("PASSWORD_HASH_INVALID")
                || error.named("PHONE_CODE_EMPTY") || error.named("PASSWORD_EMPTY");
    }

    /** How TDLib said the code travels: {@code app}, {@code sms}, {@code call}, ... */
    static String deliveredBy(JsonNode codeType) {
        String type = TdObjects.type(codeType);
        return switch (type) {
            case "authenticationCodeTypeTelegramMessage" -> "app";
            case "authenticationCodeTypeSms", "authenticationCodeTypeSmsWord", "authenticationCodeTypeSmsPhrase" ->
                    "sms";
            case "authenticationCodeTypeCall" -> "call";
            case "authenticationCodeTypeFlashCall" -> "flash_call";
            case "authenticationCodeTypeMissedCall" -> "missed_call";
            case "authenticationCodeTypeFragment" -> "fragment";
            default -> type.isEmpty() ? "unknown" : TdEntities.name(type.replace("authenticationCodeType", ""));
        };
    }
}
