package io.telegate.core.monitor;

import io.telegate.core.commands.CommandLoop;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorOutcome;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.Delivery;
import io.telegate.ports.out.InvalidPayloadException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes monitoring commands from the queue one at a time and carries them out: a command is acknowledged once
 * done; one that cannot be read or carried out is answered with {@code command_rejected} and dead-lettered; one
 * interrupted by shutdown or an unreachable store goes back to the queue.
 */
public final class MonitorCommandWorker {

    private static final Logger log = LoggerFactory.getLogger(MonitorCommandWorker.class);

    private final CommandQueue queue;
    private final Codec<MonitorCommand> codec;
    private final MonitorManager manager;
    private final CommandLoop loop;

    public MonitorCommandWorker(CommandQueue queue, Codec<MonitorCommand> codec, MonitorManager manager) {
        this.queue = queue;
        this.codec = codec;
        this.manager = manager;
        this.loop = new CommandLoop(queue, "monitoring");
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

    /** Takes and carries out at most one command; returns whether there was one. */
    public boolean runOnce(Duration pollTimeout) throws InterruptedException {
        Optional<Delivery> taken = queue.take(pollTimeout);
        if (taken.isEmpty()) {
            return false;
        }
        Delivery delivery = taken.get();
        MonitorCommand command;
        try {
            command = codec.decode(delivery.payload());
        } catch (InvalidPayloadException e) {
            reject(delivery, Optional.empty(), e.getMessage());
            return true;
        }
        command.commandId().ifPresent(id -> MDC.put("command_id", id));
        try {
            carryOut(delivery, command);
        } finally {
            MDC.remove("command_id");
        }
        return true;
    }

    private void carryOut(Delivery delivery, MonitorCommand command) throws InterruptedException {
        try {
            MonitorOutcome outcome = manager.handle(command);
            log.info("{} {}: {}", command.getClass().getSimpleName(), command.chatId().text(), outcome);
            if (outcome instanceof MonitorOutcome.Rejected rejected) {
                reject(delivery, command.commandId(), rejected.reason());
            } else {
                delivery.ack();
            }
        } catch (InterruptedException e) {
            delivery.requeue();
            throw e;
        } catch (TransientFailure e) {
            delivery.requeue();
            throw e;
        } catch (PermanentFailure e) {
            reject(delivery, command.commandId(), e.getMessage());
        } catch (RuntimeException e) {
            if (loop.shuttingDown()) {
                delivery.requeue();
                throw e;
            }
            log.error("command on {} failed unexpectedly", command.chatId().text(), e);
            reject(delivery, command.commandId(), "unexpected error: " + e.getClass().getSimpleName());
        }
    }

    private void reject(Delivery delivery, Optional<String> commandId, String reason) throws InterruptedException {
        log.warn("rejected command {}: {}", commandId.orElse("(no id)"), reason);
        try {
            manager.reject(commandId, reason);
        } catch (InterruptedException e) {
            delivery.requeue();
            throw e;
        }
        delivery.deadLetter(reason);
    }

}
