package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.apps.runtime.lifecycle.Service;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** The fetcher app's own wiring: configuration records, the HTTP server as a service, the lifecycle. */
@Module
public interface FetcherAppModule {

    @Provides
    static CommonConfig commonConfig(FetcherConfig config) {
        return config.common();
    }

    @Provides
    static HttpServerConfig httpServerConfig(FetcherConfig config) {
        return config.http();
    }

    @Provides
    static FilesConfig filesConfig(FetcherConfig config) {
        return config.files();
    }

    @Provides
    static FetchSettings fetchSettings(FetcherConfig config) {
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
