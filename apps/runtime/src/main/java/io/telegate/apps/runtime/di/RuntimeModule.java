package io.telegate.apps.runtime.di;

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

/**
 * What every app wires the same way: the lifecycle over all contributed services, and the health, metrics and
 * API server on HEALTH_CHECK_HOST:HEALTH_CHECK_PORT as the service opened last. The component supplies
 * {@link CommonConfig}.
 */
@Module
public interface RuntimeModule {

    @Provides
    @Singleton
    static Lifecycle lifecycle(Set<Service> services, CommonConfig common) {
        return new Lifecycle(List.copyOf(services), common.shutdownTimeout());
    }

    @Provides
    static HttpServerConfig httpServerConfig(CommonConfig common) {
        return HttpServerConfig.of(common.healthCheckHost(), common.healthCheckPort());
    }

    @Provides
    @IntoSet
    static Service httpServer(HttpServer server) {
        return Service.of("http", Service.Phase.EDGE, server::start, server::stop);
    }
}
