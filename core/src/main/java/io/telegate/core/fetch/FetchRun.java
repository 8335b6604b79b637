package io.telegate.core.fetch;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The live state of one command being fetched: counters, waits, and the events that report them. */
final class FetchRun {

    private final FetchCommand command;
    private final Clock clock;
    private final Instant startedAt;
    private final int units;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger unitsDone = new AtomicInteger();
    private final AtomicReference<Instant> waitingUntil = new AtomicReference<>();
    private final AtomicReference<FetchAborted> fatal = new AtomicReference<>();
    private final AtomicReference<FetchAborted> firstError = new AtomicReference<>();

    FetchRun(FetchCommand command, Clock clock, int units) {
        this.command = command;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.units = units;
    }

    FetchCommand command() {
        return command;
    }

    void archived(int messages) {
        processed.addAndGet(messages);
    }

    void unitDone() {
        unitsDone.incrementAndGet();
    }

    void unitFailed(FetchAborted failure) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, failure);
        if (failure.fatal()) {
            fatal.compareAndSet(null, failure);
        }
    }

    Optional<FetchAborted> fatal() {
        return Optional.ofNullable(fatal.get());
    }

    Optional<FetchAborted> firstError() {
        return Optional.ofNullable(firstError.get());
    }

    long processed() {
        return processed.get();
    }

    int errors() {
        return errors.get();
    }

    void waitingUntil(Instant until) {
        waitingUntil.set(until);
    }

    void doneWaiting() {
        waitingUntil.set(null);
    }

    FetchEvent.Header header() {
        double seconds = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
        return new FetchEvent.Header(command.commandId(), command.chat(), command.window().mode(),
                params(command.window()), processed.get(), errors.get(), seconds, eventTime(clock));
    }

    FetchEvent.Progress progress() {
        Instant now = clock.instant();
        int done = unitsDone.get();
        Optional<Instant> waiting = Optional.ofNullable(waitingUntil.get());
        Optional<Instant> eta = Optional.empty();
        if (done > 0) {
            Duration perUnit = Duration.between(startedAt, now).dividedBy(done);
            eta = Optional.of(now.plus(perUnit.multipliedBy(Math.max(0, units - done))));
        }
        if (waiting.isPresent() && eta.map(e -> e.isBefore(waiting.get())).orElse(true)) {
            eta = waiting;
        }
        return new FetchEvent.Progress(header(), done, units, waiting, eta);
    }

    /** Events carry whole seconds, as seed 002's {@code ts} does. */
    static Instant eventTime(Clock clock) {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    static Map<String, String> params(FetchWindow window) {
        return switch (window) {
            case FetchWindow.OnDate on -> Map.of("date", on.date().toString());
            case FetchWindow.LastDays last -> Map.of("days", Integer.toString(last.days()));
            case FetchWindow.DateRange range -> Map.of("from", range.from().toString(), "to", range.to().toString());
        };
    }
}
