package io.telegate.apps.runtime.cli;

import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.Env;

/** An app that reads the common configuration and nothing else; {@link LauncherTest} gives it a bad value. */
public final class BadConfigFixture {

    private BadConfigFixture() {
    }

    public static void main(String[] args) {
        Launcher.configOrExit(() -> CommonConfig.from(Env.load()));
    }
}
