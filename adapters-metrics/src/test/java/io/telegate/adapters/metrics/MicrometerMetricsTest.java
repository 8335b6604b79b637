package io.telegate.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MicrometerMetricsTest {

    private final MicrometerMetrics metrics =
            new MicrometerMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

    @Test
    void countersAreScrapedWithTheTotalSuffixAndTheirTags() {
        metrics.increment("telegate.events.published", "queue", "monitor");
        metrics.increment("telegate.events.published", "queue", "monitor");
        metrics.increment("telegate.events.published", "queue", "fetch");

        assertThat(metrics.scrape())
                .contains("# TYPE telegate_events_published_total counter")
                .contains("telegate_events_published_total{queue=\"monitor\"} 2.0")
                .contains("telegate_events_published_total{queue=\"fetch\"} 1.0");
    }

    @Test
    void gaugesAreReadAtEachScrape() {
        AtomicInteger depth = new AtomicInteger(5);
        metrics.gauge("telegate.queue.depth", depth::get, "queue", "commands");
        assertThat(metrics.scrape()).contains("telegate_queue_depth{queue=\"commands\"} 5.0");

        depth.set(7);

        assertThat(metrics.scrape())
                .contains("# TYPE telegate_queue_depth gauge")
                .contains("telegate_queue_depth{queue=\"commands\"} 7.0");
    }

    @Test
    void aGaugeRegisteredTwiceKeepsItsFirstSupplier() {
        metrics.gauge("telegate.sessions.active", () -> 3);
        metrics.gauge("telegate.sessions.active", () -> 9);

        assertThat(metrics.scrape()).contains("telegate_sessions_active 3.0").doesNotContain("9.0");
    }

    @Test
    void timersAreScrapedInSecondsWithCountSumAndMax() {
        metrics.record("telegate.fetch.duration", Duration.ofMillis(1500), "mode", "day");
        metrics.record("telegate.fetch.duration", Duration.ofMillis(500), "mode", "day");

        assertThat(metrics.scrape())
                .contains("# TYPE telegate_fetch_duration_seconds summary")
                .contains("telegate_fetch_duration_seconds_count{mode=\"day\"} 2")
                .contains("telegate_fetch_duration_seconds_sum{mode=\"day\"} 2.0")
                .contains("telegate_fetch_duration_seconds_max{mode=\"day\"} 1.5");
    }

    @Test
    void tagsMustComeInKeyValuePairs() {
        assertThatThrownBy(() -> metrics.increment("telegate.events.published", "queue"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
