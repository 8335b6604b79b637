package io.telegate.ports.out;

import io.telegate.ports.model.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where commands arrive: an at-least-once queue with explicit acknowledgement.
 *
 * <p>Contract: {@link #take} hands a command to this consumer and keeps it "in flight" until it is
 * acknowledged, returned or dead-lettered; a command in flight when the consumer dies is delivered again
 * after {@link #recover()} (or by the broker), so nothing accepted is lost. Commands are taken in the order
 * they were submitted (FIFO) when one consumer takes them. {@link #take} waits at most the timeout and
 * returns empty when nothing came; it throws {@link TransientFailure} when the transport is unreachable.
 * Thread-safe: several threads and processes may take from one queue; each command goes to one of them.
 */
public interface CommandQueue {

    /** Adds a command at the tail (what producers do; used by tests and the demo). */
    void submit(String payload);

    /** Takes the next command, waiting up to {@code timeout}. */
    Optional<Delivery> take(Duration timeout);

    /**
     * Puts back, at the head, every command this consumer took and never settled (left over by a crash).
     * Returns how many were put back. Safe to call at any time when no delivery of this consumer is in flight.
     */
    int recover();

    /** The most recent dead letters, newest first, at most {@code limit}. */
    List<DeadLetter> deadLetters(int limit);
}
