package io.telegate.ports.out;

/**
 * One command taken from a {@link CommandQueue}. Settle it exactly once: {@link #ack()}, {@link #requeue()}
 * or {@link #deadLetter(String)}; a second settlement is ignored.
 */
public interface Delivery {

    /** The command exactly as submitted. */
    String payload();

    /** True when this command was delivered before and not acknowledged (a redelivery). */
    boolean redelivered();

    /** Done: remove it for good. */
    void ack();

    /** Not done: give it back to the queue for another try. */
    void requeue();

    /** Cannot be processed: move it to the dead letters with the reason. */
    void deadLetter(String reason);
}
