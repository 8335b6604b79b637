package io.telegate.apps.monitor;

import io.telegate.apps.runtime.cli.AccountCommands;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.cli.LoginCli;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Runs the live chat monitor (seed 000) until SIGTERM; {@code login} / {@code logout} manage Telegram accounts. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (LoginCli.handles(args)) {
            System.exit(AccountCommands.run(List.of(args), env -> MonitorConfig.TelegramSettings.from(env).accounts()));
        }
        MonitorConfig config = Launcher.configOrExit(() -> MonitorConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        AccountCommands.exitUnlessTdlibLoads(config.telegram().accounts());
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

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
