package io.telegate.core.monitor;

import io.telegate.ports.out.Metrics;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** The monitor's meters: chats and sessions by state (gauges), events by type, failovers and gap-filled messages. */
final class MonitorMetrics {

    static final String CHATS = "telegate.monitor.chats";
    static final String SESSIONS = "telegate.monitor.sessions";
    static final String EVENTS = "telegate.monitor.events.published";
    static final String FAILOVERS = "telegate.monitor.failovers";
    static final String GAP_FILLED = "telegate.monitor.gap.filled.messages";

    private final Metrics metrics;

    MonitorMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    void registerGauges(Supplier<Number> chats, ToLongFunction<SessionState> sessions) {
        metrics.gauge(CHATS, chats);
        for (SessionState state : SessionState.values()) {
            metrics.gauge(SESSIONS, () -> sessions.applyAsLong(state), "state", state.name().toLowerCase(Locale.ROOT));
        }
    }

    void published(String type) {
        metrics.increment(EVENTS, "type", type);
    }

    void failover() {
        metrics.increment(FAILOVERS);
    }

    void gapFilled(int messages) {
        for (int i = 0; i < messages; i++) {
            metrics.increment(GAP_FILLED);
        }
    }
}
