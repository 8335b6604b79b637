package io.telegate.apps.fetcher;

import io.telegate.apps.runtime.cli.AccountCommands;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.cli.LoginCli;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Runs the history fetcher (seed 002) until SIGTERM; {@code login} / {@code logout} manage its Telegram account. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (LoginCli.handles(args)) {
            System.exit(AccountCommands.run(List.of(args), env -> FetcherConfig.TelegramSettings.forLogin(env).accounts()));
        }
        FetcherConfig config = Launcher.configOrExit(() -> FetcherConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        AccountCommands.exitUnlessTdlibLoads(config.telegram().accounts());
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

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
