package io.telegate.core.notify;

import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.out.DeliveryAttempts;
import java.util.List;
import java.util.Optional;

/** An attempt log after whose next recorded delivery the process dies, before the worker can save the task. */
final class CrashingAttempts implements DeliveryAttempts {

    private final DeliveryAttempts log;
    private boolean crashed;

    CrashingAttempts(DeliveryAttempts log) {
        this.log = log;
    }

    @Override
    public boolean record(DeliveryAttempt attempt) {
        boolean recorded = log.record(attempt);
        if (!crashed && attempt.outcome() == AttemptOutcome.DELIVERED) {
            crashed = true;
            throw new SimulatedCrash("after recording a delivered part");
        }
        return recorded;
    }

    @Override
    public List<DeliveryAttempt> forTask(String taskId) {
        return log.forTask(taskId);
    }

    @Override
    public Optional<DeliveryAttempt> latest(String taskId) {
        return log.latest(taskId);
    }
}
