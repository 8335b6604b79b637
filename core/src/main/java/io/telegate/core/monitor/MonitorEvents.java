package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes monitoring events keyed by chat (so each chat's events keep their order) and returns only once the
 * transport confirmed: a transient failure is retried with backoff until it succeeds or the thread is interrupted,
 * so the caller never records as sent an event that was not.
 */
final class MonitorEvents {

    private static final Logger log = LoggerFactory.getLogger(MonitorEvents.class);

    private final EventPublisher publisher;
    private final Codec<MonitorEvent> codec;
    private final MonitorPolicy policy;
    private final Pause pause;
    private final MonitorMetrics metrics;

    MonitorEvents(EventPublisher publisher, Codec<MonitorEvent> codec, MonitorPolicy policy, Pause pause,
                  MonitorMetrics metrics) {
        this.publisher = publisher;
        this.codec = codec;
        this.policy = policy;
        this.pause = pause;
        this.metrics = metrics;
    }

    /** Publishes and waits for the confirm, retrying transient failures; interrupted means not published. */
    void publish(MonitorEvent event) throws InterruptedException {
        publish(event, () -> { });
    }

    /**
     * Publishes like {@link #publish(MonitorEvent)}, running {@code heartbeat} before each retry: it keeps the
     * chat's lease during a long transport outage, and stops the retries (by throwing) once the chat is not ours.
     */
    void publish(MonitorEvent event, Runnable heartbeat) throws InterruptedException {
        String type = type(event);
        OutboundEvent outbound = new OutboundEvent(type, key(event), codec.encode(event));
        for (int attempt = 1; ; attempt++) {
            try {
                publisher.publish(outbound);
                metrics.published(type);
                return;
            } catch (TransientFailure e) {
                log.warn("publishing {} for {} failed (attempt {}), retrying: {}", type, outbound.key(), attempt,
                        e.getMessage());
                heartbeat.run();
                pause.pause(policy.publishBackoff(attempt));
            }
        }
    }

    /** The wire name of the event, which is also its {@link OutboundEvent#type()}. */
    static String type(MonitorEvent event) {
        return switch (event) {
            case MonitorEvent.IncomingTelegramMessage m -> "incoming_telegram_message";
            case MonitorEvent.AccessLost a -> "access_lost";
            case MonitorEvent.MonitoringStopped s -> "monitoring_stopped";
            case MonitorEvent.CommandRejected r -> "command_rejected";
            case MonitorEvent.GapFilled g -> "gap_filled";
        };
    }

    private static String key(MonitorEvent event) {
        return switch (event) {
            case MonitorEvent.IncomingTelegramMessage m -> m.chatId().text();
            case MonitorEvent.AccessLost a -> a.chatId().text();
            case MonitorEvent.MonitoringStopped s -> s.chatId().text();
            case MonitorEvent.CommandRejected r -> r.commandId().orElse("command_rejected");
            case MonitorEvent.GapFilled g -> g.chatId().text();
        };
    }
}
