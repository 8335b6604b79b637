package io.telegate.adapters.http.di;

import dagger.Module;
import dagger.multibindings.Multibinds;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.HttpServer;
import io.telegate.ports.out.HealthCheck;
import java.util.Set;

/**
 * Makes {@link HttpServer} injectable: it needs an {@code HttpServerConfig} and a {@code Metrics} from the
 * component, and collects every {@link HealthCheck} and {@link HttpRoutes} contributed with {@code @IntoSet}
 * (both sets may stay empty).
 */
@Module
public interface HttpAdapterModule {

    @Multibinds
    Set<HealthCheck> healthChecks();

    @Multibinds
    Set<HttpRoutes> httpRoutes();
}
