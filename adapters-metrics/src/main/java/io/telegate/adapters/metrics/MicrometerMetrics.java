package io.telegate.adapters.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.telegate.ports.out.Metrics;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Metrics} port on a Micrometer {@link PrometheusMeterRegistry}.
 *
 * <p>Dotted names become Prometheus names the usual way: a counter {@code telegate.events.published} is
 * scraped as {@code telegate_events_published_total}, a timer {@code telegate.fetch.duration} as
 * {@code telegate_fetch_duration_seconds_count}, {@code _sum} and {@code _max}. A gauge registered again
 * under the same name and tags keeps its first supplier.
 */
public final class MicrometerMetrics implements Metrics {

    private final PrometheusMeterRegistry registry;

    @Inject
    public MicrometerMetrics(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void increment(String name, String... tags) {
        registry.counter(name, Tags.of(tags)).increment();
    }

    @Override
    public void gauge(String name, Supplier<Number> value, String... tags) {
        Objects.requireNonNull(value, "value");
        Gauge.builder(name, value, MicrometerMetrics::read)
                .tags(Tags.of(tags))
                .strongReference(true)
                .register(registry);
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        Objects.requireNonNull(duration, "duration");
        registry.timer(name, Tags.of(tags)).record(duration);
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    private static double read(Supplier<Number> value) {
        Number number = value.get();
        return number == null ? Double.NaN : number.doubleValue();
    }
}
