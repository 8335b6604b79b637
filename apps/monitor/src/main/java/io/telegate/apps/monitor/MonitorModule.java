package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.time.Pause;
import io.telegate.core.monitor.MonitorCommandWorker;
import io.telegate.core.monitor.MonitorManager;
import io.telegate.core.vault.SessionSealer;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.StateStore;
import io.telegate.ports.out.UserAccounts;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Live chat monitoring (seed 000) on whatever ports the component binds: the manager, the command worker and its
 * service, the HTTP routes and the health check. The component supplies {@link MonitorSettings}, a {@link Clock},
 * {@link UserAccounts}, {@link StateStore}, {@link Leases}, {@link Metrics}, and the {@link ForMonitor} command
 * queue and event publisher. The demo includes it too.
 */
@Module
public interface MonitorModule {

    @Provides
    @Singleton
    static Codec<MonitorCommand> monitorCommandCodec() {
        return JsonCodecs.monitorCommands();
    }

    @Provides
    @Singleton
    static Codec<MonitorEvent> monitorEventCodec() {
        return JsonCodecs.monitorEvents();
    }

    @Provides
    @Singleton
    static MonitorManager monitorManager(UserAccounts accounts, StateStore store, Leases leases,
                                         @ForMonitor EventPublisher publisher, Codec<MonitorEvent> codec,
                                         Metrics metrics, MonitorSettings settings, Clock clock) {
        return new MonitorManager(accounts, store, leases, publisher, codec, new SessionSealer(settings.keys()),
                metrics, settings.policy(), Pause.sleeping(), clock, settings.monitorId());
    }

    @Provides
    @Singleton
    static MonitorCommandWorker monitorCommandWorker(@ForMonitor CommandQueue queue, Codec<MonitorCommand> codec,
                                                     MonitorManager manager) {
        return new MonitorCommandWorker(queue, codec, manager);
    }

    @Provides
    @IntoSet
    static Service monitorService(MonitorCommandWorker worker, MonitorManager manager, MonitorSettings settings) {
        return new MonitorService(worker, manager, settings.pollTimeout(), settings.policy().tickInterval());
    }

    @Provides
    @IntoSet
    static HttpRoutes monitorRoutes(@ForMonitor CommandQueue queue, Codec<MonitorCommand> codec,
                                    MonitorManager manager) {
        return new MonitorRoutes(queue, codec, manager);
    }

    @Provides
    @IntoSet
    static HealthCheck monitorHealthCheck(MonitorManager manager) {
        return new MonitorHealthCheck(manager);
    }
}
