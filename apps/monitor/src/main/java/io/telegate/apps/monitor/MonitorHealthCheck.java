package io.telegate.apps.monitor;

import io.telegate.core.monitor.ChatPhase;
import io.telegate.core.monitor.MonitorManager;
import io.telegate.core.monitor.MonitorStatus;
import io.telegate.core.monitor.SessionState;
import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises on {@code /ready} what the monitor watches: chats by state and sessions by state. It reports up, since
 * Telegram trouble is reported per chat (access_lost, monitoring_stopped), not by taking this instance out.
 */
final class MonitorHealthCheck implements HealthCheck {

    private final MonitorManager manager;

    MonitorHealthCheck(MonitorManager manager) {
        this.manager = manager;
    }

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public HealthStatus check() {
        MonitorStatus status = manager.status();
        Map<String, Integer> chats = new TreeMap<>();
        status.chats().forEach(c -> chats.merge(lower(c.phase()), 1, Integer::sum));
        Map<String, Integer> sessions = new TreeMap<>();
        status.sessions().forEach(s -> sessions.merge(lower(s.state()), 1, Integer::sum));
        long waiting = status.chats().stream().filter(c -> c.phase() == ChatPhase.WAITING).count();
        long quarantined = status.sessions().stream().filter(s -> s.state() == SessionState.QUARANTINED).count();
        return HealthStatus.up(status.chats().size() + " chat(s) " + chats + ", sessions " + sessions
                + (waiting + quarantined > 0 ? " (see /api/monitor/status)" : ""));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
