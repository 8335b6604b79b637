package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.apps.runtime.lifecycle.Service.Phase;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/** The demo's own wiring: configuration records, the lifecycle over every service, the data directory. */
@Module
interface DemoModule {

    @Provides
    static CommonConfig commonConfig(DemoConfig config) {
        return config.common();
    }

    @Provides
    static HttpServerConfig httpServerConfig(DemoConfig config) {
        return config.http();
    }

    @Provides
    @Singleton
    static Lifecycle lifecycle(Set<Service> services, CommonConfig common) {
        return new Lifecycle(List.copyOf(services), common.shutdownTimeout());
    }

    @Provides
    @IntoSet
    static Service httpServer(HttpServer server) {
        return Service.of("http", Phase.EDGE, server::start, server::stop);
    }

    @Provides
    @IntoSet
    static Service dataDirectory(DemoConfig config) {
        return Service.of("data-dir", Phase.INFRASTRUCTURE, () -> {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create DATA_DIR " + config.dataDir().toAbsolutePath(), e);
            }
        }, () -> { });
    }
}
