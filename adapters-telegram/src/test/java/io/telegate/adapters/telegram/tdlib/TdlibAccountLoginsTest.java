package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.LoginStep;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.PermanentFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log-in state machine against a scripted TDLib: the authorization states arrive in TDLib's order and the
 * requests the adapter sends in answer are checked.
 */
class TdlibAccountLoginsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path databases;

    private final FakeTdJson td = new FakeTdJson();
    private TdlibAccountLogins logins;

    private void telegram(Optional<String> password) {
        td.on("setTdlibParameters", (client, request) -> {
            writeBinlog(Path.of(request.path("database_directory").asText()));
            td.emitState(client, TdAuthorizationStates.WAIT_PHONE);
            return FakeTdJson.ok();
        });
        td.on("setAuthenticationPhoneNumber", (client, request) -> {
            td.emit(client, Fixtures.load("state-wait-code.json"));
            return FakeTdJson.ok();
        });
        td.on("checkAuthenticationCode", (client, request) -> {
            if (!request.path("code").asText().equals("12345")) {
                return Fixtures.load("error-phone-code-invalid.json");
            }
            td.emit(client, Fixtures.load(password.isPresent() ? "state-wait-password.json" : "state-ready.json"));
            return FakeTdJson.ok();
        });
        td.on("checkAuthenticationPassword", (client, request) -> {
            if (!password.orElseThrow().equals(request.path("password").asText())) {
                return Fixtures.load("error-password-hash-invalid.json");
            }
            td.emit(client, Fixtures.load("state-ready.json"));
            return FakeTdJson.ok();
        });
        td.on("requestQrCodeAuthentication", (client, request) -> {
            td.emit(client, Fixtures.load("state-wait-other-device.json"));
            return FakeTdJson.ok();
        });
        td.on("getMe", (client, request) -> Fixtures.load("user-me.json"));
        TdlibConfig config = TdlibConfig.defaults(Optional.empty(), 94575, "a3406de8d171bb422bb6ddf3bbd800e2", databases)
                .withPollTimeout(Duration.ofMillis(50)).withRequestTimeout(Duration.ofSeconds(5));
        TdlibRuntime runtime = new TdlibRuntime(config, Clock.fixed(NOW, ZoneOffset.UTC), () -> td);
        logins = new TdlibAccountLogins(runtime, new TdlibUserAccounts(runtime));
    }

    @Test
    void aPhoneCodeAndPasswordLogInWithRetriesAndSendTdlibTheRightRequestsInOrder() {
        telegram(Optional.of("correct horse"));

        LoginStep started = logins.startWithPhone("+15551234567");
        LoginStep wrongCode = logins.submit(started.loginId(), "00000");
        LoginStep password = logins.submit(started.loginId(), "12345");
        LoginStep wrongPassword = logins.submit(started.loginId(), "battery staple");
        LoginStep done = logins.submit(started.loginId(), "correct horse");

        assertThat(started).isEqualTo(new LoginStep.WaitCode(started.loginId(), "app"));
        assertThat(wrongCode).isEqualTo(started);
        assertThat(password).isEqualTo(new LoginStep.WaitPassword(started.loginId(), Optional.of("любимый кот")));
        assertThat(wrongPassword).isEqualTo(password);
        assertThat(done).isInstanceOfSatisfying(LoginStep.LoggedIn.class, in -> {
            assertThat(in.userId()).isEqualTo(5550001);
            assertThat(in.session().apiHash()).isEqualTo("a3406de8d171bb422bb6ddf3bbd800e2");
            assertThat(in.session().sessionString()).startsWith(TdSessionArchive.PREFIX);
            assertThat(databases.resolve(in.session().id()).resolve("td.binlog")).exists();
        });
        assertThat(td.methods()).containsExactly("setTdlibParameters", "setAuthenticationPhoneNumber",
                "checkAuthenticationCode", "checkAuthenticationCode", "checkAuthenticationPassword",
                "checkAuthenticationPassword", "getMe", "close");
        assertThat(td.last("setAuthenticationPhoneNumber").path("phone_number").asText()).isEqualTo("+15551234567");
        ObjectNode parameters = td.last("setTdlibParameters");
        assertThat(parameters.path("api_id").asInt()).isEqualTo(94575);
        assertThat(parameters.path("use_test_dc").asBoolean()).isFalse();
        assertThat(Path.of(parameters.path("database_directory").asText()).getParent()).isEqualTo(databases);
    }

    @Test
    void aQrLogInShowsTheLinkFollowsItsRenewalAndEndsWhenScanned() {
        telegram(Optional.empty());

        LoginStep started = logins.startWithQr();
        LoginStep beforeScan = logins.submit(started.loginId(), "");
        td.emit(td.lastClientId(), Fixtures.load("state-wait-other-device-renewed.json"));
        LoginStep renewed = logins.submit(started.loginId(), "");
        td.emit(td.lastClientId(), Fixtures.load("state-ready.json"));
        LoginStep scanned = logins.submit(started.loginId(), "");

        assertThat(started).isEqualTo(new LoginStep.WaitQrScan(started.loginId(),
                "tg://login?token=AQLbX7dnZ3Vhc2RmZ2hqa2w", NOW.plusSeconds(30)));
        assertThat(beforeScan).isEqualTo(started);
        assertThat(renewed).isInstanceOfSatisfying(LoginStep.WaitQrScan.class,
                qr -> assertThat(qr.link()).isEqualTo("tg://login?token=AQLcY8eoa4Wid3Rlc3Q"));
        assertThat(scanned).isInstanceOf(LoginStep.LoggedIn.class);
        assertThat(td.methods()).containsExactly("setTdlibParameters", "requestQrCodeAuthentication", "getMe", "close");
        assertThat(td.last("requestQrCodeAuthentication").path("other_user_ids").isArray()).isTrue();
    }

    @Test
    void aPhoneWithoutAccountFailsAndLeavesNoDatabaseBehind() {
        telegram(Optional.empty());
        td.on("setAuthenticationPhoneNumber", (client, request) -> {
            td.emit(client, Fixtures.load("state-wait-registration.json"));
            return FakeTdJson.ok();
        });

        LoginStep step = logins.startWithPhone("+15550000000");

        assertThat(step).isInstanceOfSatisfying(LoginStep.Failed.class,
                failed -> assertThat(failed.reason()).contains("no Telegram account"));
        assertThat(databases).isEmptyDirectory();
        assertThat(td.methods()).endsWith("close");
        assertThatThrownBy(() -> logins.submit(step.loginId(), "12345")).isInstanceOf(PermanentFailure.class);
    }

    @Test
    void aCancelledOrUnknownLogInCannotGoOn() {
        telegram(Optional.empty());
        LoginStep started = logins.startWithPhone("+15551234567");

        logins.cancel(started.loginId());

        assertThatThrownBy(() -> logins.submit(started.loginId(), "12345")).isInstanceOf(PermanentFailure.class);
        assertThatThrownBy(() -> logins.submit("no-such-login", "12345")).isInstanceOf(PermanentFailure.class);
        assertThat(td.methods()).endsWith("close");
        assertThat(databases).isEmptyDirectory();
    }

    @Test
    void aFloodWaitOnThePhoneNumberIsReportedWithItsWait() {
        telegram(Optional.empty());
        td.on("setAuthenticationPhoneNumber", (client, request) -> Fixtures.load("error-too-many-requests.json"));

        assertThatThrownBy(() -> logins.startWithPhone("+15551234567"))
                .isInstanceOfSatisfying(FloodWaitException.class,
                        e -> assertThat(e.waitDuration()).isEqualTo(Duration.ofSeconds(17)));
        assertThat(databases).isEmptyDirectory();
    }

    @Test
    void somethingThatIsNotAPhoneNumberIsRejectedBeforeTdlibIsAsked() {
        telegram(Optional.empty());

        assertThatThrownBy(() -> logins.startWithPhone("call me maybe")).isInstanceOf(PermanentFailure.class);
        assertThat(td.sent()).isEmpty();
    }

    private static void writeBinlog(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve("td.binlog"), new byte[] {1, 2, 3, 4});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
