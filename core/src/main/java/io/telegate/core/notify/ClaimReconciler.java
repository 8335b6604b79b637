package io.telegate.core.notify;

import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Squares a freshly claimed task with the attempt log before anything is sent, using the write-ahead rule: a
 * worker saves one more attempt on the task before each Bot API call and records the attempt after it.
 * <ul>
 *   <li>The task counts more attempts than the log holds: its last worker stopped (crash, lost lease) between
 *       the two, while the request may have reached Telegram. That attempt is recorded as such and the task
 *       becomes {@code UNKNOWN}, or under the resend policy is sent again.</li>
 *   <li>The log's last attempt delivered the next part but the task does not list it: its worker stopped after
 *       recording and before saving. The part is taken from the log instead of being sent twice.</li>
 * </ul>
 */
final class ClaimReconciler {

    private static final Logger log = LoggerFactory.getLogger(ClaimReconciler.class);

    private final TaskLedger ledger;
    private final SendFailures failures;
    private final Clock clock;

    ClaimReconciler(TaskLedger ledger, SendFailures failures, Clock clock) {
        this.ledger = ledger;
        this.failures = failures;
        this.clock = clock;
    }

    /** A result when the log settles the task; empty when delivery goes on. */
    Optional<DeliveryResult> reconcile(TaskRun run) {
        Optional<DeliveryAttempt> last = ledger.latest(run.task.id());
        int lastNo = last.map(DeliveryAttempt::attemptNo).orElse(0);
        if (run.task.attempts() > lastNo) {
            return interrupted(run);
        }
        if (last.isPresent() && last.get().attemptNo() == run.task.attempts()
                && last.get().outcome() == AttemptOutcome.DELIVERED && last.get().partNo() == run.partNo()) {
            return adopt(run, last.get().telegramMessageId().orElseThrow());
        }
        return Optional.empty();
    }

    private Optional<DeliveryResult> interrupted(TaskRun run) {
        log.warn("task {}: attempt {} (part {}) was interrupted before its outcome was recorded", run.task.id(),
                run.task.attempts(), run.partNo());
        run.attemptStartedAt = clock.instant();
        String error = "interrupted: the worker stopped while sending part " + run.partNo()
                + "; Telegram may or may not have it";
        return Optional.of(failures.ambiguous(run, error));
    }

    private Optional<DeliveryResult> adopt(TaskRun run, long messageId) {
        log.info("task {}: part {} was delivered as message {} before its worker stopped; taking it from the log",
                run.task.id(), run.partNo(), messageId);
        boolean last = run.isLastPart();
        Notification next = last ? run.transitions().delivered(messageId, clock.instant())
                : run.transitions().partDelivered(messageId, clock.instant());
        if (!ledger.save(next, run.target)) {
            return Optional.of(new DeliveryResult.TakenOver());
        }
        run.task = next;
        return last ? Optional.of(new DeliveryResult.Finished(NotificationStatus.DELIVERED)) : Optional.empty();
    }
}
