package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import io.telegate.apps.monitor.MonitorSettings;
import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.InMemoryStateStore;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The chat monitor inside the demo: commands and events in memory (POST /api/monitor/commands,
 * GET /api/monitor/events), its state in memory sealed with a key that lives only for the run, and the
 * sandbox's sessions {@code demo-session} and {@code demo-backup} to watch {@code @telegate_demo} with.
 */
@Module
interface MonitorDemoModule {

    @Provides
    static MonitorSettings monitorSettings() {
        return MonitorSettings.embedded("demo-monitor");
    }

    @Provides
    @Singleton
    static StateStore stateStore(Clock clock) {
        return new InMemoryStateStore(clock);
    }
}
