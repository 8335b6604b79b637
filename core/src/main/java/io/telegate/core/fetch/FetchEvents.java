package io.telegate.core.fetch;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.TelegateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes fetch events; routine progress events are limited to one per interval per command. */
final class FetchEvents {

    private static final Logger log = LoggerFactory.getLogger(FetchEvents.class);

    private final EventPublisher publisher;
    private final Codec<FetchEvent> codec;
    private final Clock clock;
    private final Duration progressInterval;

    FetchEvents(EventPublisher publisher, Codec<FetchEvent> codec, Clock clock, Duration progressInterval) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
        this.progressInterval = progressInterval;
    }

    /** A limiter for one command's routine progress events. */
    final class Throttle {
        private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

        void progress(FetchRun run, boolean force) {
            Instant now = clock.instant();
            Instant previous = last.get();
            boolean due = previous.equals(Instant.MIN) || !now.isBefore(previous.plus(progressInterval));
            if ((force || due) && last.compareAndSet(previous, now)) {
                publish(run.progress());
            }
        }
    }

    Throttle throttle() {
        return new Throttle();
    }

    /** Publishes one event; a transport failure is logged, never allowed to stop the archiving. */
    void publish(FetchEvent event) {
        String type = switch (event) {
            case FetchEvent.Started s -> "started";
            case FetchEvent.Progress p -> "progress";
            case FetchEvent.Completed c -> "completed";
            case FetchEvent.Failed f -> "failed";
        };
        try {
            publisher.publish(new OutboundEvent(type, event.header().commandId(), codec.encode(event)));
        } catch (TelegateException e) {
            log.warn("could not publish {} event of command {}: {}", type, event.header().commandId(), e.getMessage());
        }
    }
}
