package io.telegate.apps.runtime.cli;

import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.apps.runtime.lifecycle.Service.Phase;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;

/** An app with two services that logs "ready" once started; {@link LauncherTest} sends it SIGTERM. */
public final class TwoServicesFixture {

    private TwoServicesFixture() {
    }

    public static void main(String[] args) {
        Lifecycle lifecycle = new Lifecycle(List.of(
                Service.of("store", Phase.INFRASTRUCTURE, () -> { }, () -> { }),
                Service.of("consumer", Phase.WORKER, () -> { }, () -> { })), Duration.ofSeconds(10));
        Launcher.runUntilStopped(lifecycle, () -> LoggerFactory.getLogger("fixture").info("ready"));
    }
}
