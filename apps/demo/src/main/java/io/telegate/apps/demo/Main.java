package io.telegate.apps.demo;

import io.telegate.apps.demo.cli.Banner;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.logging.Logging;
import java.time.Clock;

/** Runs the demo: the Telegram sandbox and every runtime in one JVM, on embedded defaults; stops on Ctrl+C. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        DemoConfig config = Launcher.configOrExit(() -> DemoConfig.from(Env.load()));
        Logging.configure(config.common().logLevel(), config.common().logFormat());
        DemoComponent demo = DaggerDemoComponent.factory().create(config, Clock.systemUTC());
        Launcher.runUntilStopped(demo.lifecycle(), () -> System.out.println(Banner.render(
                demo.sandboxServer().baseUrl(), demo.httpServer().baseUrl(), config.dataDir())));
    }
}
