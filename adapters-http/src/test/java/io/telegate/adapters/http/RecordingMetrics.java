package io.telegate.adapters.http;

import io.telegate.ports.out.Metrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A {@link Metrics} that remembers recorded timers and scrapes a fixed text. */
final class RecordingMetrics implements Metrics {

    static final String SCRAPE = "# TYPE telegate_test_total counter\ntelegate_test_total 1.0\n";

    final List<String> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void increment(String name, String... tags) {
    }

    @Override
    public void gauge(String name, Supplier<Number> value, String... tags) {
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        recorded.add(name + " " + String.join(",", tags));
    }

    @Override
    public String scrape() {
        return SCRAPE;
    }
}
