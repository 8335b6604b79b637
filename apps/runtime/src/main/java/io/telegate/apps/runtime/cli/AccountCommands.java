package io.telegate.apps.runtime.cli;

import io.telegate.adapters.telegram.tdlib.TdlibUnavailableException;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import io.telegate.apps.runtime.telegram.AccountBackend;
import io.telegate.apps.runtime.telegram.AccountSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The account commands every app with user accounts offers: {@code login}, {@code login --qr}, {@code logout}. */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** Runs {@code args} with the Telegram {@code settings} reads from the environment; returns the exit status. */
    public static int run(List<String> args, Function<Env, AccountSettings> settings) {
        PrintStream results = LoginCli.takeStandardOutput();
        Env env = Launcher.configOrExit(Env::load);
        CommonConfig common = Launcher.configOrExit(() -> CommonConfig.from(env));
        AccountSettings telegram = Launcher.configOrExit(() -> settings.apply(env));
        Logging.configure(common.logLevel(), common.logFormat());
        exitUnlessTdlibLoads(telegram);
        AccountBackend backend = AccountBackend.of(telegram, Clock.systemUTC());
        return new LoginCli(backend.accountLogins(), Terminal.system(), results,
                LoginCli.sleepBetweenPolls(Duration.ofSeconds(1))).run(args);
    }

    /** With TELEGRAM_BACKEND=tdlib, a missing libtdjson ends the process with its one line and status 1. */
    public static void exitUnlessTdlibLoads(AccountSettings telegram) {
        telegram.tdlib().ifPresent(settings -> {
            try {
                AccountBackend.loadNativeLibrary(AccountBackend.tdlibConfig(settings));
            } catch (TdlibUnavailableException e) {
                System.err.println(e.getMessage());
                System.exit(Launcher.START_FAILURE);
            }
        });
    }
}
