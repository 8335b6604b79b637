package io.telegate.ports.out;

import io.telegate.ports.model.notify.DeliveryAttempt;
import java.util.List;
import java.util.Optional;

/**
 * The audit log of notification delivery attempts: one entry per Bot API call, kept after the task ends.
 *
 * <p>Contract: the log is append-only. {@link #record} stores an attempt and returns true; an attempt once
 * recorded never changes, so recording the same (task id, attempt number) again returns false and changes
 * nothing. {@link #forTask} lists a task's attempts by ascending attempt number (empty for a task with none);
 * {@link #latest} is the one with the highest attempt number. Attempt numbers need not be contiguous. A recorded
 * attempt is visible to every reader once {@code record} returns. Thread-safe across processes.
 */
public interface DeliveryAttempts {

    /** Appends the attempt; false when that task already has an attempt with this number. */
    boolean record(DeliveryAttempt attempt);

    /** The task's attempts, oldest first. */
    List<DeliveryAttempt> forTask(String taskId);

    /** The task's attempt with the highest number, if any. */
    Optional<DeliveryAttempt> latest(String taskId);
}
