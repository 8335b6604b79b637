package io.telegate.ports.out;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Counters, gauges and timers, exposed in the Prometheus text format.
 *
 * <p>Names are dotted lower case ({@code telegate.events.published}); tags come as alternating key and
 * value strings. The same name and tags always address the same meter. Thread-safe.
 */
public interface Metrics {

    /** Adds one to a counter. */
    void increment(String name, String... tags);

    /** Registers a gauge read from {@code value} at each scrape. */
    void gauge(String name, Supplier<Number> value, String... tags);

    /** Records one duration into a timer. */
    void record(String name, Duration duration, String... tags);

    /** Every meter in the Prometheus text exposition format. */
    String scrape();
}
