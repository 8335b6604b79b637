package io.telegate.apps.monitor;

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

/** Runs the live chat monitor (seed 000) until SIGTERM; {@code login} / {@code logout} manage Telegram accounts. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (LoginCli.handles(args)) {
            System.exit(login(List.of(args)));
        }
        MonitorConfig config = Launcher.configOrExit(() -> MonitorConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        requireTdlib(config.telegram());
        MonitorComponent monitor = build(config, Clock.systemUTC());
        Launcher.runUntilStopped(monitor.lifecycle(), () -> System.out.printf(
                "Telegate monitor %s: telegram %s, transport %s, state %s, health/metrics, GET /api/monitor/status and"
                        + " POST /api/monitor/commands at %s%n",
                config.settings().monitorId(), lower(config.telegram().backend()), lower(config.transport()),
                lower(config.state()), monitor.httpServer().baseUrl()));
    }

    /** The graph for the configured transport and state. */
    static MonitorComponent build(MonitorConfig config, Clock clock) {
        return switch (config.transport()) {
            case RABBITMQ -> switch (config.state()) {
                case REDIS -> DaggerRabbitRedisMonitorComponent.factory().create(config, clock);
                case MEMORY -> DaggerRabbitMemoryMonitorComponent.factory().create(config, clock);
            };
            case REDIS -> DaggerRedisMonitorComponent.factory().create(config, clock);
            case MEMORY -> DaggerMemoryMonitorComponent.factory().create(config, clock);
        };
    }

    private static int login(List<String> args) {
        PrintStream results = LoginCli.takeStandardOutput();
        Env env = Launcher.configOrExit(Env::load);
        CommonConfig common = Launcher.configOrExit(() -> CommonConfig.from(env));
        MonitorConfig.TelegramSettings telegram = Launcher.configOrExit(() -> MonitorConfig.TelegramSettings.from(env));
        Logging.configure(common.logLevel(), common.logFormat());
        requireTdlib(telegram);
        AccountBackend backend = AccountBackend.of(telegram, Clock.systemUTC());
        return new LoginCli(backend.accountLogins(), Terminal.system(), results,
                LoginCli.sleepBetweenPolls(Duration.ofSeconds(1))).run(args);
    }

    /** With TELEGRAM_BACKEND=tdlib, a missing libtdjson ends the process with its one line and status 1. */
    private static void requireTdlib(MonitorConfig.TelegramSettings telegram) {
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
