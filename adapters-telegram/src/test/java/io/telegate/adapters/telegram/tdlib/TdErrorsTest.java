package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recorded TDLib {@code error} objects translated into the ports' failures. */
class TdErrorsTest {

    @Test
    void tdlibsTooManyRequestsIsAFloodWaitOfItsSeconds() {
        assertThat(translate("error-too-many-requests.json")).isInstanceOfSatisfying(FloodWaitException.class,
                e -> assertThat(e.waitDuration()).isEqualTo(Duration.ofSeconds(17)));
    }

    @Test
    void telegramsFloodWaitNameIsAFloodWaitToo() {
        assertThat(translate("error-flood-wait.json")).isInstanceOfSatisfying(FloodWaitException.class,
                e -> assertThat(e.waitDuration()).isEqualTo(Duration.ofHours(1)));
    }

    @ParameterizedTest
    @CsvSource({
        "error-auth-key-unregistered.json, AUTH_KEY_UNREGISTERED",
        "error-session-revoked.json, SESSION_REVOKED",
        "error-user-deactivated.json, USER_DEACTIVATED",
        "error-user-deactivated-ban.json, USER_BANNED",
        "error-channel-private.json, CHANNEL_PRIVATE"})
    void lostAccessCarriesItsReason(String fixture, AccessLossReason reason) {
        assertThat(translate(fixture)).isInstanceOfSatisfying(AccessLostException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @CsvSource({"error-username-not-occupied.json", "error-chat-not-found.json", "error-invite-hash-expired.json"})
    void anUnknownChatIsUnavailableAndNamesTheChat(String fixture) {
        assertThat(translate(fixture)).isInstanceOfSatisfying(ChatUnavailableException.class,
                e -> assertThat(e.chat()).isEqualTo("@some_chat"));
    }

    @Test
    void anAbortedRequestIsTransientAndAnyOtherErrorPermanent() {
        assertThat(translate("error-request-aborted.json").isTransient()).isTrue();
        assertThat(TdErrors.translate(new TdError(400, "MESSAGE_TOO_LONG"), "@some_chat"))
                .isExactlyInstanceOf(PermanentFailure.class).hasMessageContaining("MESSAGE_TOO_LONG");
    }

    @Test
    void anyOther401MeansTheSessionIsNoLongerAuthorized() {
        assertThat(TdErrors.accessLoss(new TdError(401, "SOMETHING_NEW"))).contains(AccessLossReason.AUTH_KEY_UNREGISTERED);
        assertThat(TdErrors.accessLoss(new TdError(400, "SOMETHING_NEW"))).isEmpty();
    }

    private static TelegateException translate(String fixture) {
        return TdErrors.translate(TdError.of(Fixtures.load(fixture)), "@some_chat");
    }
}
