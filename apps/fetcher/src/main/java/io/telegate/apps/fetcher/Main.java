package io.telegate.apps.fetcher;

import io.telegate.adapters.telegram.tdlib.TdlibUnavailableException;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.cli.LoginCli;
import io.telegate.apps.runtime.cli.Terminal;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Runs the history fetcher (seed 002) until SIGTERM; {@code login} / {@code logout} manage its Telegram account. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (LoginCli.handles(args)) {
            System.exit(login(List.of(args)));
        }
        FetcherConfig config = Launcher.configOrExit(() -> FetcherConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        requireTdlib(config.telegram());
        FetcherComponent fetcher = build(config, Clock.systemUTC());
        Launcher.runUntilStopped(fetcher.lifecycle(), () -> System.out.printf(
                "Telegate fetcher: telegram %s, transport %s, data in %s, health/metrics and POST /api/fetch/commands"
                        + " at %s%n", lower(config.telegram().backend()), lower(config.transport()),
                config.files().dataDir().toAbsolutePath(), fetcher.httpServer().baseUrl()));
    }

    /** The graph for the configured transport. */
    static FetcherComponent build(FetcherConfig config, Clock clock) {
        return switch (config.transport()) {
            case REDIS -> DaggerRedisFetcherComponent.factory().create(config, clock);
            case RABBITMQ -> DaggerRabbitFetcherComponent.factory().create(config, clock);
            case MEMORY -> DaggerMemoryFetcherComponent.factory().create(config, clock);
        };
    }

    private static int login(List<String> args) {
        PrintStream results = LoginCli.takeStandardOutput();
        Env env = Launcher.configOrExit(Env::load);
        CommonConfig common = Launcher.configOrExit(() -> CommonConfig.from(env));
        FetcherConfig.TelegramSettings telegram = Launcher.configOrExit(
                () -> FetcherConfig.TelegramSettings.forLogin(env));
        Logging.configure(common.logLevel(), common.logFormat());
        requireTdlib(telegram);
        AccountBackend backend = AccountBackend.of(telegram, Clock.systemUTC());
        return new LoginCli(backend.accountLogins(), Terminal.system(), results,
                LoginCli.sleepBetweenPolls(Duration.ofSeconds(1))).run(args);
    }

    /** With TELEGRAM_BACKEND=tdlib, a missing libtdjson ends the process with its one line and status 1. */
    private static void requireTdlib(FetcherConfig.TelegramSettings telegram) {
        telegram.tdlib().ifPresent(settings -> {
            try {
                AccountBackend.loadNativeLibrary(AccountBackend.tdlibConfig(settings));
            } catch (TdlibUnavailableException e) {
                System.err.println(e.getMessage());
                System.exit(Launcher.START_FAILURE);
            }
        });
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
