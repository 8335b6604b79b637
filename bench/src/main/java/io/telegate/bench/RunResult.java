package io.telegate.bench;

import java.util.List;

/**
 * What one implementation achieved on the workload.
 *
 * @param implementation the row's name
 * @param messages       messages confirmed delivered
 * @param failed         messages given up on
 * @param seconds        from the first message handed in to the last one delivered
 * @param perBotRates    each bot's sustained messages per second as the emulator saw them, see {@link SentRates}
 * @param retryAfters    429 answers the client received
 * @param p50Millis      median latency from handing a message in to its delivery
 * @param p99Millis      99th percentile of the same
 * @param notes          what else the run observed, one line
 */
record RunResult(String implementation, long messages, long failed, double seconds, List<Double> perBotRates,
                 long retryAfters, double p50Millis, double p99Millis, String notes) {

    RunResult {
        perBotRates = perBotRates.stream().sorted().toList();
    }

    static String header() {
        return "| implementation | messages | seconds | aggregate msg/s | min / median per-bot msg/s | 429s received "
                + "| p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|";
    }

    String row() {
        return String.format("| %s | %,d%s | %.1f | %,.0f | %.2f / %.2f | %,d | %,.0f | %,.0f |", implementation,
                messages, failed > 0 ? String.format(" (+%,d failed)", failed) : "", seconds, messages / seconds,
                percentile(0), percentile(0.5), retryAfters, p50Millis, p99Millis);
    }

    private double percentile(double q) {
        return perBotRates.isEmpty() ? 0 : perBotRates.get((int) Math.round(q * (perBotRates.size() - 1)));
    }
}
