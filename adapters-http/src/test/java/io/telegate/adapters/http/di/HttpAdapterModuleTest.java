package io.telegate.adapters.http.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Metrics;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HttpAdapterModuleTest {

    @Module
    interface Contributions {
        @Provides
        @IntoSet
        static HealthCheck clock() {
            return new HealthCheck() {
                @Override
                public String name() {
                    return "clock";
                }

                @Override
                public HealthStatus check() {
                    return HealthStatus.up("ticking");
                }
            };
        }

        @Provides
        @IntoSet
        static HttpRoutes ping() {
            return routes -> routes.get("/ping", ctx -> ctx.result("pong"));
        }
    }

    @Singleton
    @Component(modules = {Contributions.class, HttpAdapterModule.class})
    interface ServerComponent {
        HttpServer server();

        @Component.Factory
        interface Factory {
            ServerComponent create(@BindsInstance HttpServerConfig config, @BindsInstance Metrics metrics);
        }
    }

    @Singleton
    @Component(modules = HttpAdapterModule.class)
    interface BareComponent {
        HttpServer server();

        @Component.Factory
        interface Factory {
            BareComponent create(@BindsInstance HttpServerConfig config, @BindsInstance Metrics metrics);
        }
    }

    private static final Metrics NO_METRICS = new Metrics() {
        @Override
        public void increment(String name, String... tags) {
        }

        @Override
        public void gauge(String name, Supplier<Number> value, String... tags) {
        }

        @Override
        public void record(String name, Duration duration, String... tags) {
        }

        @Override
        public String scrape() {
            return "";
        }
    };

    private static String get(HttpServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void contributedHealthChecksAndRoutesReachTheServer() throws Exception {
        HttpServer server = DaggerHttpAdapterModuleTest_ServerComponent.factory()
                .create(HttpServerConfig.of("127.0.0.1", 0), NO_METRICS).server().start();
        try {
            assertThat(get(server, "/ready")).contains("\"clock\":{\"status\":\"up\",\"detail\":\"ticking\"}");
            assertThat(get(server, "/ping")).isEqualTo("pong");
        } finally {
            server.stop();
        }
    }

    @Test
    void aComponentWithoutContributionsStillServesReadiness() throws Exception {
        HttpServer server = DaggerHttpAdapterModuleTest_BareComponent.factory()
                .create(HttpServerConfig.of("127.0.0.1", 0), NO_METRICS).server().start();
        try {
            assertThat(get(server, "/ready")).isEqualTo("{\"status\":\"up\",\"checks\":{}}");
        } finally {
            server.stop();
        }
    }
}
