package io.telegate.apps.fetcher;

import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.time.Clock;

/** Runs the history fetcher (seed 002) until SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FetcherConfig config = Launcher.configOrExit(() -> FetcherConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        FetcherComponent fetcher = build(config, Clock.systemUTC());
        Launcher.runUntilStopped(fetcher.lifecycle(), () -> System.out.printf(
                "Telegate fetcher: transport %s, data in %s, health/metrics and POST /api/fetch/commands at %s%n",
                config.transport().name().toLowerCase(java.util.Locale.ROOT), config.files().dataDir().toAbsolutePath(),
                fetcher.httpServer().baseUrl()));
    }

    /** The graph for the configured transport. */
    static FetcherComponent build(FetcherConfig config, Clock clock) {
        return switch (config.transport()) {
            case REDIS -> DaggerRedisFetcherComponent.factory().create(config, clock);
            case RABBITMQ -> DaggerRabbitFetcherComponent.factory().create(config, clock);
            case MEMORY -> DaggerMemoryFetcherComponent.factory().create(config, clock);
        };
    }
}
