package io.telegate.bench;

/** p50, p90, p99 and max of a sample of milliseconds. */
record LatencySummary(double p50, double p90, double p99, double max, int count) {

    static LatencySummary of(double[] millis) {
        Percentiles p = new Percentiles(millis);
        return new LatencySummary(p.at(0.50), p.at(0.90), p.at(0.99), p.at(1.0), p.count());
    }
}
