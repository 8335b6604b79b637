package io.telegate.apps.notifier;

import io.telegate.apps.notifier.cli.TokenCommand;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/** Runs the notifier (seed 003) until SIGTERM; {@code token <subject> [ttl]} prints a development token instead. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            if (!args[0].equals("token")) {
                System.err.println("usage: notifier               run the notifier\n"
                        + "       notifier token <subject> [ttl]   print a development bearer token");
                System.exit(Launcher.CONFIG_ERROR);
            }
            System.exit(TokenCommand.run(Arrays.asList(args).subList(1, args.length), Env.load(), Clock.systemUTC(),
                    System.out, System.err));
        }
        NotifierConfig config = Launcher.configOrExit(() -> NotifierConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        NotifierComponent notifier = build(config, Clock.systemUTC());
        Launcher.runUntilStopped(notifier.lifecycle(), () -> System.out.printf(
                "Telegate notifier %s: bots %s, %d worker(s), events %s, database %s; task API at %s/api/tasks "
                        + "(OpenAPI at /openapi.json)%n",
                config.settings().workerId(), config.settings().bots().names(), config.settings().workers(),
                config.events().name().toLowerCase(Locale.ROOT), config.database().url(),
                notifier.httpServer().baseUrl()));
    }

    /** The graph for the configured event transport. */
    static NotifierComponent build(NotifierConfig config, Clock clock) {
        return switch (config.events()) {
            case MEMORY -> DaggerMemoryNotifierComponent.factory().create(config, clock);
            case REDIS -> DaggerRedisNotifierComponent.factory().create(config, clock);
            case RABBITMQ -> DaggerRabbitNotifierComponent.factory().create(config, clock);
        };
    }
}
