package io.telegate.apps.runtime.cli;

import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.TelegateException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code login} and {@code logout} commands of the apps that read Telegram through user accounts, on the
 * {@link AccountLogins} port: {@code login} asks for the phone number, the code and, when the account has one, the
 * two-step password ({@code login --qr} shows a {@code tg://login} link to scan instead) and prints the new session
 * as seed 000's SessionData JSON on its own stream; {@code logout} reads that JSON and ends the session at Telegram.
 * Prompts and notes go to the {@link Terminal}; no secret is written anywhere but the result stream.
 */
public final class LoginCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final String USAGE = "usage: login [--qr]   log an account in; prints the session JSON on stdout\n"
            + "       logout        reads a session JSON from stdin and logs it out at Telegram";

    private final AccountLogins logins;
    private final Terminal terminal;
    private final PrintStream results;
    private final Consumer<LoginStep.WaitQrScan> betweenQrPolls;

    /**
     * @param results        where the session JSON goes (standard output), and nothing else
     * @param betweenQrPolls called with the link shown before the log-in is polled again for the scan
     */
    public LoginCli(AccountLogins logins, Terminal terminal, PrintStream results,
                    Consumer<LoginStep.WaitQrScan> betweenQrPolls) {
        this.logins = Objects.requireNonNull(logins, "logins");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.results = Objects.requireNonNull(results, "results");
        this.betweenQrPolls = Objects.requireNonNull(betweenQrPolls, "between QR polls");
    }

    /** True when the arguments name one of these commands, which an app's Main then hands over. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("login") || args[0].equals("logout"));
    }

    /**
     * Sends whatever is printed from now on, the logs included, to standard error and returns the real standard
     * output, so that only the session JSON reaches it ({@code login > session.json}).
     */
    public static PrintStream takeStandardOutput() {
        PrintStream standardOutput = System.out;
        System.setOut(System.err);
        return standardOutput;
    }

    /** Waits {@code interval} between polls of a QR log-in (TDLib renews the link by itself). */
    public static Consumer<LoginStep.WaitQrScan> sleepBetweenPolls(Duration interval) {
        return shown -> {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Runs {@code login}, {@code login --qr} or {@code logout}; returns the exit status. */
    public int run(List<String> args) {
        if (args.equals(List.of("login"))) {
            return login(false);
        }
        if (args.equals(List.of("login", "--qr"))) {
            return login(true);
        }
        if (args.equals(List.of("logout"))) {
            return logout();
        }
        terminal.say(USAGE);
        return USAGE_ERROR;
    }

    private int login(boolean qr) {
        Optional<LoginStep> first;
        try {
            first = qr ? Optional.of(logins.startWithQr()) : terminal.ask("Phone number (international, e.g. "
                    + "+15551234567): ").map(logins::startWithPhone);
        } catch (TelegateException e) {
            terminal.say("Log-in failed: " + e.getMessage());
            return FAILED;
        }
        if (first.isEmpty()) {
            terminal.say("Log-in abandoned: no phone number given.");
            return FAILED;
        }
        LoginStep step = first.get();
        try {
            return finish(step);
        } catch (TelegateException e) {
            logins.cancel(step.loginId());
            terminal.say("Log-in failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int finish(LoginStep first) {
        LoginStep step = first;
        LoginStep previous = null;
        String shownLink = null;
        while (true) {
            if (previous != null && previous.getClass() == step.getClass()
                    && !(step instanceof LoginStep.WaitQrScan)) {
                terminal.say("Telegram did not accept that; try again.");
            }
            previous = step;
            Optional<String> answer;
            switch (step) {
                case LoginStep.LoggedIn loggedIn -> {
                    return loggedIn(loggedIn);
                }
                case LoginStep.Failed failed -> {
                    terminal.say("Log-in failed: " + failed.reason());
                    return FAILED;
                }
                case LoginStep.WaitCode code -> answer = terminal.ask("Code sent by " + code.deliveredBy() + ": ");
                case LoginStep.WaitPassword password -> answer = terminal.askSecret("Two-step verification password"
                        + password.hint().filter(h -> !h.isBlank()).map(h -> " (hint: " + h + ")").orElse("") + ": ");
                case LoginStep.WaitQrScan scan -> {
                    if (!scan.link().equals(shownLink)) {
                        shownLink = scan.link();
                        terminal.say("Scan this link as a QR code with a logged-in Telegram app (Settings, Devices,"
                                + " Link Desktop Device) before " + scan.expiresAt() + ":");
                        terminal.say(scan.link());
                    }
                    betweenQrPolls.accept(scan);
                    answer = Optional.of("");
                }
            }
            if (answer.isEmpty()) {
                logins.cancel(step.loginId());
                terminal.say("Log-in abandoned: the input ended.");
                return FAILED;
            }
            step = logins.submit(step.loginId(), answer.get());
        }
    }

    private int loggedIn(LoginStep.LoggedIn loggedIn) {
        results.println(SessionJsonText.write(loggedIn.session()));
        results.flush();
        terminal.say("Logged in as Telegram user " + loggedIn.userId() + "; session " + loggedIn.session().id()
                + " was printed to standard output. Keep it secret: it works like a password.");
        return OK;
    }

    private int logout() {
        StringBuilder text = new StringBuilder();
        Optional<SessionDescriptor> session = Optional.empty();
        terminal.say("Paste the session JSON printed by login:");
        try {
            while (session.isEmpty()) {
                Optional<String> line = terminal.ask("");
                if (line.isEmpty()) {
                    terminal.say("Log-out failed: the input ended before a whole session JSON object.");
                    return FAILED;
                }
                session = SessionJsonText.read(text.append(line.get()).append('\n').toString());
            }
        } catch (IllegalArgumentException e) {
            terminal.say("Log-out failed: " + e.getMessage());
            return FAILED;
        }
        try {
            logins.logOut(session.get());
        } catch (TelegateException e) {
            terminal.say("Log-out failed: " + e.getMessage());
            return FAILED;
        }
        terminal.say("Session " + session.get().id() + " is logged out; its session string no longer works.");
        return OK;
    }
}
