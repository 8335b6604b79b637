package io.telegate.apps.demo;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.files.di.FilesAdapterModule;
import io.telegate.adapters.http.di.HttpAdapterModule;
import io.telegate.apps.fetcher.FetcherModule;
import io.telegate.apps.fetcher.MemoryTransportModule;
import io.telegate.apps.monitor.MemoryMessagingModule;
import io.telegate.apps.monitor.MonitorModule;
import io.telegate.apps.notifier.MemoryEventsModule;
import io.telegate.apps.notifier.NotifierModule;
import io.telegate.adapters.jdbc.di.JdbcAdapterModule;
import io.telegate.adapters.metrics.di.MetricsAdapterModule;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import io.telegate.apps.runtime.di.RuntimeModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Everything the demo runs in one JVM: the Telegram sandbox, the health and metrics server and, as they are
 * written, the runtimes; each contributes its {@code Service}s and {@code HealthCheck}s with {@code @IntoSet}.
 * Modules are listed alphabetically.
 */
@Singleton
@Component(modules = {
        DemoModule.class,
        FetcherDemoModule.class,
        FetcherModule.class,
        FilesAdapterModule.class,
        HttpAdapterModule.class,
        JdbcAdapterModule.class,
        MemoryEventsModule.class,
        MemoryMessagingModule.class,
        MemoryTransportModule.class,
        MetricsAdapterModule.class,
        MonitorDemoModule.class,
        MonitorModule.class,
        NotifierDemoModule.class,
        NotifierModule.class,
        RuntimeModule.class,
        SandboxModule.class,
})
public interface DemoComponent {

    /** Starts and stops every contributed service. */
    Lifecycle lifecycle();

    HttpServer httpServer();

    SandboxHttpServer sandboxServer();

    TelegramSandbox sandbox();

    /** Where the fetcher takes commands from (in memory in the demo). */
    io.telegate.ports.out.CommandQueue commandQueue();

    /** Builds the graph; nothing listens or loads until {@link Lifecycle#start()}. */
    @Component.Factory
    interface Factory {
        DemoComponent create(@BindsInstance DemoConfig config, @BindsInstance Clock clock);
    }
}
