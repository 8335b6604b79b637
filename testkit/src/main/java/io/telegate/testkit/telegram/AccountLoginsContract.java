package io.telegate.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.UserAccounts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccountLogins}: phone and code, a wrong code, two-step passwords, QR log-in, and that the
 * session a log-in yields connects until it is logged out. Every implementation extends it.
 */
public abstract class AccountLoginsContract {

    protected abstract AccountLogins logins();

    protected abstract UserAccounts accounts();

    protected abstract TelegramFixture fixture();

    @Test
    void aPhoneAndItsCodeLogIn() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.empty());

        LoginStep started = logins().startWithPhone(account.phone());
        LoginStep done = logins().submit(started.loginId(), fixture().loginCode());

        assertThat(started).isInstanceOf(LoginStep.WaitCode.class);
        assertThat(done).isInstanceOfSatisfying(LoginStep.LoggedIn.class, in -> {
            assertThat(in.userId()).isEqualTo(account.userId());
            try (AccountSession session = accounts().connect(in.session())) {
                assertThat(session.sessionId()).isEqualTo(in.session().id());
            }
        });
    }

    @Test
    void aWrongCodeAsksForTheCodeAgain() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.empty());
        LoginStep started = logins().startWithPhone(account.phone());

        LoginStep again = logins().submit(started.loginId(), "00000");

        assertThat(again).isInstanceOf(LoginStep.WaitCode.class);
        assertThat(again.loginId()).isEqualTo(started.loginId());
        assertThat(logins().submit(started.loginId(), fixture().loginCode())).isInstanceOf(LoginStep.LoggedIn.class);
    }

    @Test
    void aTwoStepPasswordIsAskedAfterTheCode() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.of("correct horse"));
        LoginStep started = logins().startWithPhone(account.phone());

        LoginStep password = logins().submit(started.loginId(), fixture().loginCode());
        LoginStep wrong = logins().submit(started.loginId(), "battery staple");
        LoginStep done = logins().submit(started.loginId(), "correct horse");

        assertThat(password).isInstanceOf(LoginStep.WaitPassword.class);
        assertThat(wrong).isInstanceOf(LoginStep.WaitPassword.class);
        assertThat(done).isInstanceOfSatisfying(LoginStep.LoggedIn.class,
                in -> assertThat(in.userId()).isEqualTo(account.userId()));
    }

    @Test
    void aScannedQrCodeLogsIn() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.empty());
        LoginStep started = logins().startWithQr();
        assertThat(started).isInstanceOfSatisfying(LoginStep.WaitQrScan.class, qr -> {
            assertThat(qr.link()).startsWith("tg://login?token=");
            assertThat(qr.expiresAt()).isAfter(fixture().now());
        });
        String link = ((LoginStep.WaitQrScan) started).link();

        LoginStep beforeScan = logins().submit(started.loginId(), "");
        fixture().scanQr(link, account.userId());
        LoginStep afterScan = logins().submit(started.loginId(), "");

        assertThat(beforeScan).isInstanceOf(LoginStep.WaitQrScan.class);
        assertThat(afterScan).isInstanceOfSatisfying(LoginStep.LoggedIn.class,
                in -> assertThat(in.userId()).isEqualTo(account.userId()));
    }

    @Test
    void anUnknownOrCancelledLogInCannotGoOn() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.empty());
        LoginStep started = logins().startWithPhone(account.phone());
        logins().cancel(started.loginId());

        assertThatThrownBy(() -> logins().submit(started.loginId(), fixture().loginCode()))
                .isInstanceOf(PermanentFailure.class);
        assertThatThrownBy(() -> logins().submit("no-such-login", fixture().loginCode()))
                .isInstanceOf(PermanentFailure.class);
    }

    @Test
    void aLoggedOutSessionNoLongerConnects() {
        PhoneAccount account = fixture().createPhoneAccount(Optional.empty());
        LoginStep started = logins().startWithPhone(account.phone());
        SessionDescriptor session = ((LoginStep.LoggedIn) logins().submit(started.loginId(), fixture().loginCode()))
                .session();

        logins().logOut(session);

        assertThatThrownBy(() -> accounts().connect(session)).isInstanceOf(AccessLostException.class);
    }
}
