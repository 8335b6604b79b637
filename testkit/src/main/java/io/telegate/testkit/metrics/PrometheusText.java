package io.telegate.testkit.metrics;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes samples in the Prometheus text exposition format 0.0.4: one {@code # TYPE} line per family, then its
 * samples, label values escaped.
 */
final class PrometheusText {

    private final StringBuilder out = new StringBuilder();
    private String family;

    /** Starts a family unless it is the one being written. */
    PrometheusText type(String familyName, String type) {
        if (!familyName.equals(family)) {
            family = familyName;
            out.append("# TYPE ").append(familyName).append(' ').append(type).append('\n');
        }
        return this;
    }

    PrometheusText sample(String sampleName, List<MeterId.Tag> tags, String value) {
        out.append(sampleName);
        if (!tags.isEmpty()) {
            out.append(tags.stream().map(t -> t.key() + "=\"" + escape(t.value()) + "\"")
                    .collect(Collectors.joining(",", "{", "}")));
        }
        out.append(' ').append(value).append('\n');
        return this;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    static String seconds(Duration duration) {
        return number(duration.toNanos() / 1e9);
    }

    static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    String text() {
        return out.toString();
    }
}
