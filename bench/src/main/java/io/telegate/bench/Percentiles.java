package io.telegate.bench;

import java.util.Arrays;

/** Quantiles of a sample by nearest rank. */
final class Percentiles {

    private final double[] sorted;

    Percentiles(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The {@code q}-quantile (0 to 1); NaN for an empty sample. */
    double at(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
    }

    int count() {
        return sorted.length;
    }
}
