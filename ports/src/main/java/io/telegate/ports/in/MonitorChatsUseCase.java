package io.telegate.ports.in;

import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorOutcome;

/**
 * Carries out seed 000's monitoring commands: start, stop, join, switch the source of a chat.
 *
 * <p>Contract: commands are idempotent, so a redelivered one changes nothing (a second start answers
 * {@link MonitorOutcome.AlreadyMonitoring}, a second stop {@link MonitorOutcome.NotMonitored}); every expected
 * outcome is a {@link MonitorOutcome}, infrastructure failures are unchecked {@code TelegateException}s. Blocks
 * until the command is carried out (for a start: until a session reads the chat or none can); an interrupt
 * surfaces as {@link InterruptedException} and leaves the command to be delivered again. Thread-safe.
 */
public interface MonitorChatsUseCase {

    MonitorOutcome handle(MonitorCommand command) throws InterruptedException;
}
