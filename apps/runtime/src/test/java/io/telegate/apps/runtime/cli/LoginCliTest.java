package io.telegate.apps.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.sandbox.TelegramSandbox;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The log-in command driven with scripted input against the sandbox's AccountLogins. */
class LoginCliTest {

    private static final String ANNA_PHONE = "+15550002001";
    private static final String BORIS_PHONE = "+15550002002";
    private static final String PASSWORD = "correct horse battery";

    private final TelegramSandbox sandbox = TelegramSandbox.create(Clock.systemUTC());
    private final long anna = sandbox.createUser("Anna", "cli_anna", ANNA_PHONE).id();
    private final long boris = sandbox.createUser("Boris", "cli_boris", BORIS_PHONE).id();
    private final ByteArrayOutputStream prompts = new ByteArrayOutputStream();
    private final ByteArrayOutputStream results = new ByteArrayOutputStream();

    {
        sandbox.setPassword(boris, PASSWORD, "a famous comic");
        sandbox.createChat("cli_chat", "CLI chat", ChatKind.SUPERGROUP);
        sandbox.addMember("@cli_chat", anna);
        sandbox.addMember("@cli_chat", boris);
    }

    private int run(String input, Consumer<LoginStep.WaitQrScan> betweenPolls, String... args) {
        Terminal terminal = Terminal.of(new BufferedReader(new StringReader(input)),
                new PrintStream(prompts, true, StandardCharsets.UTF_8));
        return new LoginCli(sandbox.accountLogins(), terminal, new PrintStream(results, true, StandardCharsets.UTF_8),
                betweenPolls).run(List.of(args));
    }

    private int run(String input, String... args) {
        return run(input, shown -> {
        }, args);
    }

    private String prompts() {
        return prompts.toString(StandardCharsets.UTF_8);
    }

    private SessionDescriptor printedSession() {
        String out = results.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        return SessionJsonText.read(out).orElseThrow();
    }

    @Test
    void phoneAndCodeLogInAndPrintOnlyTheSessionJsonWhichConnectsThroughUserAccounts() {
        int status = run(ANNA_PHONE + "\n" + TelegramSandbox.LOGIN_CODE + "\n", "login");

        assertThat(status).isEqualTo(LoginCli.OK);
        assertThat(results.toString(StandardCharsets.UTF_8))
                .startsWith("{\"id\":").contains("\"api_hash\":", "\"session_string\":");
        SessionDescriptor session = printedSession();
        assertThat(prompts()).contains("Phone number", "Code sent by app", "user " + anna)
                .doesNotContain(session.sessionString());
        try (AccountSession connected = sandbox.userAccounts().connect(session)) {
            assertThat(connected.resolve(ChatRef.parse("@cli_chat")).title()).isEqualTo("CLI chat");
        }
    }

    @Test
    void aWrongCodeIsAskedForAgainAndTheTwoStepPasswordFollowsTheCode() {
        int status = run(BORIS_PHONE + "\n00000\n" + TelegramSandbox.LOGIN_CODE + "\nwrong\n" + PASSWORD + "\n",
                "login");

        assertThat(status).isEqualTo(LoginCli.OK);
        assertThat(prompts()).contains("Telegram did not accept that; try again.",
                "Two-step verification password (hint: a famous comic): ", "user " + boris);
        assertThat(prompts()).doesNotContain(PASSWORD);
        try (AccountSession connected = sandbox.userAccounts().connect(printedSession())) {
            assertThat(connected.resolve(ChatRef.parse("@cli_chat")).title()).isEqualTo("CLI chat");
        }
    }

    @Test
    void aQrLogInShowsTheLinkUntilItIsScannedAndThenPrintsTheSession() {
        List<String> shownLinks = new ArrayList<>();
        int status = run("", shown -> {
            shownLinks.add(shown.link());
            if (shownLinks.size() == 3) {
                sandbox.scanQr(shown.link(), anna);
            }
        }, "login", "--qr");

        assertThat(status).isEqualTo(LoginCli.OK);
        assertThat(shownLinks).hasSize(3).allMatch(link -> link.startsWith("tg://login?token="));
        assertThat(prompts()).contains(shownLinks.getFirst(), "user " + anna);
        assertThat(prompts().split("tg://login\\?token=", -1)).as("the unchanged link is printed once").hasSize(2);
        try (AccountSession connected = sandbox.userAccounts().connect(printedSession())) {
            assertThat(connected.sessionId()).isEqualTo(printedSession().id());
        }
    }

    @Test
    void anUnknownPhoneNumberFailsWithTheReasonAndPrintsNothing() {
        assertThat(run("+15559999999\n", "login")).isEqualTo(LoginCli.FAILED);

        assertThat(prompts()).contains("Log-in failed: PHONE_NUMBER_UNOCCUPIED");
        assertThat(results.size()).isZero();
    }

    @Test
    void inputEndingBeforeTheCodeAbandonsTheLogIn() {
        assertThat(run(ANNA_PHONE + "\n", "login")).isEqualTo(LoginCli.FAILED);

        assertThat(prompts()).contains("Log-in abandoned");
        assertThat(results.size()).isZero();
    }

    @Test
    void logoutReadsTheSessionJsonAndTheSessionStopsWorking() {
        SessionDescriptor session = sandbox.createSession(anna);
        String json = SessionJsonText.write(session);
        String multiLine = json.replace(",", ",\n");

        assertThat(run(multiLine + "\n", "logout")).isEqualTo(LoginCli.OK);

        assertThat(prompts()).contains("Session " + session.id() + " is logged out").doesNotContain(
                session.sessionString());
        assertThatThrownBy(() -> sandbox.userAccounts().connect(session)).isInstanceOf(AccessLostException.class);
    }

    @Test
    void logoutOfJsonWithoutTheSessionStringFailsWithoutQuotingIt() {
        assertThat(run("{\"id\": \"s-1\", \"api_hash\": \"secret-hash\"}\n", "logout")).isEqualTo(LoginCli.FAILED);

        assertThat(prompts()).contains("session_string").doesNotContain("secret-hash");
    }

    @Test
    void unknownArgumentsPrintTheUsage() {
        assertThat(run("", "login", "--fax")).isEqualTo(LoginCli.USAGE_ERROR);

        assertThat(prompts()).contains("usage: login [--qr]");
        assertThat(LoginCli.handles(new String[] {"login", "--qr"})).isTrue();
        assertThat(LoginCli.handles(new String[] {"serve"})).isFalse();
        assertThat(LoginCli.handles(new String[0])).isFalse();
    }
}
