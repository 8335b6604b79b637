package io.telegate.adapters.metrics.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.telegate.adapters.metrics.JvmMeters;
import io.telegate.adapters.metrics.MicrometerMetrics;
import io.telegate.ports.out.Metrics;
import jakarta.inject.Singleton;

/** Binds {@link Metrics} to one Prometheus registry per component, with the JVM meters already bound. */
@Module
public interface MetricsAdapterModule {

    @Binds
    @Singleton
    Metrics metrics(MicrometerMetrics metrics);

    /** The same registry, for binders of other libraries (executors, connection pools). */
    @Binds
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry);

    @Provides
    @Singleton
    static PrometheusMeterRegistry prometheusRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmMeters.bindTo(registry);
        return registry;
    }
}
