package io.telegate.core.fetch;

import io.telegate.core.commands.CommandLoop;
import io.telegate.ports.in.ArchiveHistoryUseCase;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchOutcome;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.InvalidPayloadException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes fetch commands from the queue one at a time and runs them: a command is acknowledged only when done,
 * a broken one is answered with a {@code failed} event and dead-lettered, one that fails is dead-lettered
 * with its reason, and one interrupted by shutdown goes back to the queue.
 */
public final class FetchCommandWorker {

    private static final Logger log = LoggerFactory.getLogger(FetchCommandWorker.class);

    private final CommandQueue queue;
    private final Codec<FetchCommand> codec;
    private final ArchiveHistoryUseCase useCase;
    private final FetchEvents events;
    private final Clock clock;
    private final Runnable rejected;
    private final CommandLoop loop;

    public FetchCommandWorker(CommandQueue queue, Codec<FetchCommand> codec, ArchiveHistoryService service, Clock clock) {
        this(queue, codec, service, service.events(), clock, service::countRejected);
    }

    FetchCommandWorker(CommandQueue queue, Codec<FetchCommand> codec, ArchiveHistoryUseCase useCase,
                       FetchEvents events, Clock clock, Runnable rejected) {
        this.queue = queue;
        this.codec = codec;
        this.useCase = useCase;
        this.events = events;
        this.clock = clock;
        this.rejected = rejected;
        this.loop = new CommandLoop(queue, "fetch");
    }

    /** Puts back commands a previous run of this consumer left unfinished; call once before taking. */
    public int recover() {
        return loop.recover();
    }

    /** Takes commands until {@link #stop()} or an interrupt; each take waits up to {@code pollTimeout}. */
    public void run(Duration pollTimeout) {
        loop.run(this::runOnce, pollTimeout);
    }

    /** Stops taking new commands; the one in progress finishes unless the thread is interrupted. */
    public void stop() {
        loop.stop();
    }

    /** Takes and runs at most one command; returns whether there was one. */
    public boolean runOnce(Duration pollTimeout) throws InterruptedException {
        Optional<Delivery> taken = queue.take(pollTimeout);
        if (taken.isEmpty()) {
            return false;
        }
        Delivery delivery = taken.get();
        FetchCommand command;
        try {
            command = codec.decode(delivery.payload());
        } catch (InvalidPayloadException e) {
            reject(delivery, e);
            return true;
        }
        MDC.put("command_id", command.commandId());
        try {
            settle(delivery, useCase.archive(command));
        } catch (InterruptedException e) {
            delivery.requeue();
            log.info("command {} handed back to the queue on shutdown", command.commandId());
            throw e;
        } catch (RuntimeException e) {
            if (loop.shuttingDown()) {
                delivery.requeue();
                log.info("command {} handed back to the queue on shutdown ({})", command.commandId(), e.toString());
                throw new InterruptedException("stopped while running command " + command.commandId());
            }
            delivery.deadLetter("unexpected error: " + e);
            log.error("command {} failed unexpectedly; dead-lettered", command.commandId(), e);
        } finally {
            MDC.remove("command_id");
        }
        return true;
    }

    private void settle(Delivery delivery, FetchOutcome outcome) {
        switch (outcome) {
            case FetchOutcome.Completed c -> delivery.ack();
            case FetchOutcome.Failed f -> delivery.deadLetter(f.error() + ": " + f.reason());
        }
    }

    private void reject(Delivery delivery, InvalidPayloadException e) {
        rejected.run();
        String id = UUID.randomUUID().toString();
        log.warn("rejected command {}: {}", id, e.getMessage());
        events.publish(new FetchEvent.Failed(new FetchEvent.Header(id, "", "", Map.of(), 0, 1, 0, FetchRun.eventTime(clock)),
                "invalid_command", e.reason(), e.field()));
        delivery.deadLetter("invalid_command: " + e.getMessage());
    }

}
