package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.apps.runtime.lifecycle.Service;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** The monitor app's own wiring: configuration records, the HTTP server as a service, the lifecycle. */
@Module
public interface MonitorAppModule {

    @Provides
    static CommonConfig commonConfig(MonitorConfig config) {
        return config.common();
    }

    @Provides
    static HttpServerConfig httpServerConfig(MonitorConfig config) {
        return config.http();
    }

    @Provides
    static MonitorSettings monitorSettings(MonitorConfig config) {
        return config.settings();
    }

    @Provides
    @IntoSet
    static Service httpServer(HttpServer server) {
        return Service.of("http", Service.Phase.EDGE, server::start, server::stop);
    }

    @Provides
    @Singleton
    static Lifecycle lifecycle(Set<Service> services, CommonConfig common) {
        return new Lifecycle(List.copyOf(services), common.shutdownTimeout());
    }
}
