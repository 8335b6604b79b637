package io.telegate.bench;

import io.telegate.adapters.json.JsonCodecs;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.out.Codec;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Matches what was posted with what was confirmed, and prints latency, loss and failover figures. */
final class MonitorBenchReport {

    private final MonitorBench.MonitorLoad load;
    private final List<TimedPublisher.Confirmed> confirmed;
    private final Codec<MonitorEvent> codec = JsonCodecs.monitorEvents();

    private MonitorBenchReport(MonitorBench.MonitorLoad load, List<TimedPublisher.Confirmed> confirmed) {
        this.load = load;
        this.confirmed = confirmed;
    }

    /** Waits until every post was confirmed as an event (or the timeout passed). */
    static MonitorBenchReport await(MonitorBench.MonitorLoad load, TimedPublisher publisher, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && messages(publisher) < load.posts().size()) {
            Thread.sleep(50);
        }
        return new MonitorBenchReport(load, List.copyOf(publisher.confirmed()));
    }

    private static long messages(TimedPublisher publisher) {
        return publisher.confirmed().stream().filter(c -> c.event().type().equals("incoming_telegram_message")).count();
    }

    void print(int chatsPerSession) {
        Map<String, Long> confirmedAt = new HashMap<>();
        Map<String, Long> firstFromBackup = new HashMap<>();
        Map<String, Long> accessLostAt = new HashMap<>();
        Set<String> revokedChats = new HashSet<>();
        int duplicates = 0;
        for (TimedPublisher.Confirmed c : confirmed) {
            switch (codec.decode(c.event().payload())) {
                case MonitorEvent.IncomingTelegramMessage m -> {
                    if (confirmedAt.putIfAbsent(m.chatId().text() + "#" + m.messageId(), c.confirmedAt()) != null) {
                        duplicates++;
                    }
                    if (c.confirmedAt() > load.revokedAt() && revokedChats.contains(m.chatId().text())) {
                        firstFromBackup.putIfAbsent(m.chatId().text(), c.confirmedAt());
                    }
                }
                case MonitorEvent.AccessLost lost -> {
                    revokedChats.add(lost.chatId().text());
                    accessLostAt.putIfAbsent(lost.chatId().text(), c.confirmedAt());
                }
                default -> { }
            }
        }
        double[] latencyMs = new double[load.posts().size()];
        int i = 0;
        int lost = 0;
        for (MonitorBench.MonitorLoad.Post post : load.posts()) {
            Long at = confirmedAt.get(post.chat() + "#" + post.messageId());
            if (at == null) {
                lost++;
            } else {
                latencyMs[i++] = (at - post.postedAt()) / 1e6;
            }
        }
        LatencySummary all = LatencySummary.of(java.util.Arrays.copyOf(latencyMs, i));
        LatencySummary detection = LatencySummary.of(accessLostAt.values().stream()
                .mapToDouble(t -> (t - load.revokedAt()) / 1e6).toArray());
        LatencySummary failover = LatencySummary.of(firstFromBackup.values().stream()
                .mapToDouble(t -> (t - load.revokedAt()) / 1e6).toArray());
        System.out.println("| measure | count | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("post → publisher confirm, every message", all);
        row("revoke → access_lost confirmed, per chat of the revoked session", detection);
        row("revoke → first message from the backup confirmed, per chat", failover);
        System.out.printf("%nmessages posted %,d; published %,d; lost %d; published twice %d; chats failed over %d "
                + "(expected %d)%n", load.posts().size(), confirmedAt.size(), lost, duplicates, revokedChats.size(),
                chatsPerSession);
    }

    private static void row(String name, LatencySummary p) {
        System.out.printf("| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", name, p.count(), p.p50(), p.p90(), p.p99(),
                p.max());
    }
}
