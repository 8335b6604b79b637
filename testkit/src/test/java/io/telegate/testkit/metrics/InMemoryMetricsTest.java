package io.telegate.testkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.testkit.fixtures.Concurrently;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InMemoryMetricsTest {

    /** A sample line of the text format 0.0.4: name, optional labels with escaped values, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\"\\\\\\n])*\""
                    + "(,[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\"\\\\\\n])*\")*})? "
                    + "(NaN|[+-]Inf|-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?)");
    private static final Pattern TYPE = Pattern.compile("# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|summary)");

    private final InMemoryMetrics metrics = new InMemoryMetrics();

    @Test
    void countersCountPerNameAndTagsWhateverTheTagOrder() {
        metrics.increment("telegate.events.published", "event", "started", "chat", "@ru_python");
        metrics.increment("telegate.events.published", "chat", "@ru_python", "event", "started");
        metrics.increment("telegate.events.published", "event", "failed", "chat", "@ru_python");

        assertThat(metrics.count("telegate.events.published", "chat", "@ru_python", "event", "started")).isEqualTo(2);
        assertThat(metrics.count("telegate.events.published", "event", "failed", "chat", "@ru_python")).isEqualTo(1);
        assertThat(metrics.count("telegate.events.published")).isZero();
    }

    @Test
    void scrapeRendersEachKindInTheTextFormat() {
        AtomicInteger depth = new AtomicInteger(7);
        metrics.increment("telegate.events.published", "event", "started");
        metrics.increment("telegate.events.published", "event", "started");
        metrics.gauge("telegate.queue.depth", depth::get, "queue", "tg_commands");
        metrics.record("telegate.fetch.duration", Duration.ofMillis(1500), "mode", "date");
        metrics.record("telegate.fetch.duration", Duration.ofMillis(500), "mode", "date");
        depth.set(9);

        assertThat(metrics.scrape()).isEqualTo("""
                # TYPE telegate_events_published_total counter
                telegate_events_published_total{event="started"} 2
                # TYPE telegate_queue_depth gauge
                telegate_queue_depth{queue="tg_commands"} 9.0
                # TYPE telegate_fetch_duration_seconds summary
                telegate_fetch_duration_seconds_count{mode="date"} 2
                telegate_fetch_duration_seconds_sum{mode="date"} 2.0
                # TYPE telegate_fetch_duration_seconds_max gauge
                telegate_fetch_duration_seconds_max{mode="date"} 1.5
                """);
    }

    @Test
    void labelValuesAreEscaped() {
        metrics.increment("telegate.errors", "error", "say \"no\"\\\nnow");

        assertThat(metrics.scrape()).contains("telegate_errors_total{error=\"say \\\"no\\\"\\\\\\nnow\"} 1\n");
    }

    @Test
    void everyLineOfAScrapeIsATypeLineOrAValidSampleOfTheFamilyAbove() {
        metrics.increment("telegate.events.published", "event", "started", "chat", "@ru_python");
        metrics.increment("telegate.events.published", "event", "completed", "chat", "a\"b\\c\nd");
        metrics.increment("telegate.bot.sent");
        metrics.gauge("telegate.sessions.active", () -> 3);
        metrics.gauge("telegate.queue.depth", () -> 1.0e-7, "queue", "tg_commands");
        metrics.gauge("telegate.broken", () -> {
            throw new IllegalStateException("source is gone");
        });
        metrics.record("telegate.send.latency", Duration.ofNanos(1), "bot", "main");

        String family = null;
        for (String line : metrics.scrape().split("\n")) {
            if (line.startsWith("#")) {
                assertThat(line).matches(TYPE);
                family = line.split(" ")[2];
            } else {
                assertThat(line).matches(SAMPLE);
                assertThat(line).startsWith(family);
            }
        }
    }

    @Test
    void familiesAppearOnceWithAllTheirSamplesTogether() {
        metrics.increment("b.counter", "k", "2");
        metrics.increment("a.counter", "k", "1");
        metrics.increment("b.counter", "k", "1");

        assertThat(metrics.scrape()).isEqualTo("""
                # TYPE a_counter_total counter
                a_counter_total{k="1"} 1
                # TYPE b_counter_total counter
                b_counter_total{k="1"} 1
                b_counter_total{k="2"} 1
                """);
    }

    @Test
    void aGaugeThatCannotBeReadShowsNaN() {
        metrics.gauge("telegate.broken", () -> {
            throw new IllegalStateException("source is gone");
        });

        assertThat(metrics.gaugeValue("telegate.broken")).isPresent();
        assertThat(metrics.gaugeValue("telegate.broken").getAsDouble()).isNaN();
        assertThat(metrics.scrape()).contains("telegate_broken NaN\n");
    }

    @Test
    void theFirstGaugeRegisteredForANameAndTagsStays() {
        metrics.gauge("telegate.pool.size", () -> 1, "pool", "main");
        metrics.gauge("telegate.pool.size", () -> 2, "pool", "main");

        assertThat(metrics.gaugeValue("telegate.pool.size", "pool", "main")).hasValue(1.0);
        assertThat(metrics.gaugeValue("telegate.pool.size", "pool", "other")).isEmpty();
    }

    @Test
    void timersKeepCountAndTotal() {
        metrics.record("telegate.fetch.duration", Duration.ofSeconds(2));
        metrics.record("telegate.fetch.duration", Duration.ofMillis(250));

        assertThat(metrics.timerCount("telegate.fetch.duration")).isEqualTo(2);
        assertThat(metrics.timerTotal("telegate.fetch.duration")).isEqualTo(Duration.ofMillis(2250));
        assertThat(metrics.timerCount("telegate.other")).isZero();
    }

    @Test
    void oneNameServesOneKindOfMeter() {
        metrics.increment("telegate.things");

        assertThatThrownBy(() -> metrics.gauge("telegate.things.total", () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.record("telegate.things", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsMustComeInPairsAndKeysOnce() {
        assertThatThrownBy(() -> metrics.increment("telegate.x", "lonely"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.increment("telegate.x", "k", "1", "k", "2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentIncrementsAreAllCounted() {
        Concurrently.run(8, t -> {
            for (int i = 0; i < 1_000; i++) {
                metrics.increment("telegate.hits", "route", "/api/tasks/list");
            }
        });

        assertThat(metrics.count("telegate.hits", "route", "/api/tasks/list")).isEqualTo(8_000);
    }
}
