package io.telegate.testkit.metrics;

import io.telegate.ports.out.Metrics;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * {@link Metrics} kept in maps, with accessors for tests and a Prometheus text {@link #scrape()}.
 *
 * <p>Dots in names become underscores; counters are exposed as {@code <name>_total}, gauges as {@code <name>},
 * timers as a {@code <name>_seconds} summary (count and sum) plus a {@code <name>_seconds_max} gauge. Tags may
 * come in any order; names differing only in characters Prometheus turns into {@code _} address one meter. A
 * name serves one kind of meter, and a meter whose exposed family another meter already uses is rejected, both
 * with {@link IllegalArgumentException}. The first gauge registered for a name and tags stays (like Micrometer),
 * and a gauge whose supplier fails or returns null reads {@code NaN}.
 */
public final class InMemoryMetrics implements Metrics {

    private final ConcurrentMap<MeterId, LongAdder> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<MeterId, Supplier<Number>> gauges = new ConcurrentHashMap<>();
    private final ConcurrentMap<MeterId, TimerStats> timers = new ConcurrentHashMap<>();
    /** Meter names and exposed family names to the kind and name owning them: one kind per name and family. */
    private final ConcurrentMap<String, String> families = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String... tags) {
        MeterId id = MeterId.of(name, tags);
        claim(counterName(id), "counter", id);
        counters.computeIfAbsent(id, i -> new LongAdder()).increment();
    }

    @Override
    public void gauge(String name, Supplier<Number> value, String... tags) {
        Objects.requireNonNull(value, "gauge value");
        MeterId id = MeterId.of(name, tags);
        claim(id.name(), "gauge", id);
        gauges.putIfAbsent(id, value);
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a timer cannot record a negative duration");
        }
        MeterId id = MeterId.of(name, tags);
        claim(secondsName(id), "timer", id);
        claim(secondsName(id) + "_max", "timer", id);
        timers.computeIfAbsent(id, i -> new TimerStats()).record(duration);
    }

    /** The counter's value; 0 when it was never incremented. */
    public long count(String name, String... tags) {
        LongAdder counter = counters.get(MeterId.of(name, tags));
        return counter == null ? 0 : counter.sum();
    }

    /** The gauge's value read now; empty when no such gauge is registered. */
    public OptionalDouble gaugeValue(String name, String... tags) {
        Supplier<Number> gauge = gauges.get(MeterId.of(name, tags));
        return gauge == null ? OptionalDouble.empty() : OptionalDouble.of(read(gauge));
    }

    /** How many durations the timer recorded; 0 when none. */
    public long timerCount(String name, String... tags) {
        return timer(name, tags).map(TimerStats::count).orElse(0L);
    }

    /** The sum of the durations the timer recorded; zero when none. */
    public Duration timerTotal(String name, String... tags) {
        return timer(name, tags).map(TimerStats::total).orElse(Duration.ZERO);
    }

    @Override
    public String scrape() {
        PrometheusText text = new PrometheusText();
        new TreeMap<>(counters).forEach((id, counter) -> text.type(counterName(id), "counter")
                .sample(counterName(id), id.tags(), Long.toString(counter.sum())));
        new TreeMap<>(gauges).forEach((id, gauge) -> text.type(id.name(), "gauge")
                .sample(id.name(), id.tags(), PrometheusText.number(read(gauge))));
        Map<MeterId, TimerStats> sortedTimers = new TreeMap<>(timers);
        sortedTimers.forEach((id, timer) -> text.type(secondsName(id), "summary")
                .sample(secondsName(id) + "_count", id.tags(), Long.toString(timer.count()))
                .sample(secondsName(id) + "_sum", id.tags(), PrometheusText.seconds(timer.total())));
        sortedTimers.forEach((id, timer) -> text.type(secondsName(id) + "_max", "gauge")
                .sample(secondsName(id) + "_max", id.tags(), PrometheusText.seconds(timer.max())));
        return text.text();
    }

    private void claim(String family, String kind, MeterId id) {
        claimOnce("meter " + id.name(), kind, id);
        claimOnce(family, kind, id);
    }

    private void claimOnce(String key, String kind, MeterId id) {
        String owner = kind + " " + id.name();
        String existing = families.putIfAbsent(key, owner);
        if (existing != null && !existing.equals(owner)) {
            throw new IllegalArgumentException("the " + owner + " clashes at " + key + " with the " + existing);
        }
    }

    private Optional<TimerStats> timer(String name, String... tags) {
        return Optional.ofNullable(timers.get(MeterId.of(name, tags)));
    }

    private static double read(Supplier<Number> gauge) {
        try {
            Number value = gauge.get();
            return value == null ? Double.NaN : value.doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String counterName(MeterId id) {
        return id.name().endsWith("_total") ? id.name() : id.name() + "_total";
    }

    private static String secondsName(MeterId id) {
        return id.name().endsWith("_seconds") ? id.name() : id.name() + "_seconds";
    }
}
