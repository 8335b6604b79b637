package io.telegate.core.notify;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.UnknownPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides what a failed send does to its task, one rule per kind of Bot API error: 429 waits without counting as a
 * failure; a migrated group is followed; a blocked bot or a missing chat marks the recipient and fails; a bad
 * request or a refused token fails; a transport error is retried with backoff, unless it may have arrived, which
 * under the surfacing policy makes the task unknown. The task is saved before its attempt is recorded, so a task
 * found with an unrecorded attempt is exactly one whose worker stopped mid-send.
 */
final class SendFailures {

    private final TaskLedger ledger;
    private final Recipients recipients;
    private final RateLimiters limiters;
    private final UnknownPolicies unknownPolicies;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;

    SendFailures(TaskLedger ledger, Recipients recipients, RateLimiters limiters, UnknownPolicies unknownPolicies,
                 DeliveryPolicy policy, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.recipients = recipients;
        this.limiters = limiters;
        this.unknownPolicies = unknownPolicies;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /** Applies the error to the task; empty when delivery goes on in this pass (a migrated chat). */
    Optional<DeliveryResult> handle(TaskRun run, BotApiError error) {
        String description = run.redact(error.description());
        return switch (error) {
            case BotApiError.RetryAfter r -> {
                limiters.forBot(run.botId()).retryAfter(run.target, r.retryAfter());
                Instant at = clock.instant().plus(r.retryAfter());
                yield Optional.of(settle(run, run.transitions().defer(at, clock.instant()), AttemptOutcome.RATE_LIMITED,
                        "rate_limited: " + description, new DeliveryResult.Deferred(at)));
            }
            case BotApiError.ChatMigrated m -> {
                recipients.migrated(run.botId(), run.target, m.newChatId());
                record(run, AttemptOutcome.CHAT_MIGRATED, "chat_migrated: " + description + " (now " + m.newChatId() + ")");
                run.target = Long.toString(m.newChatId());
                yield Optional.empty();
            }
            case BotApiError.Forbidden f -> Optional.of(unreachable(run, "forbidden: " + description, description));
            case BotApiError.ChatNotFound c -> Optional.of(unreachable(run, "chat_not_found: " + description, description));
            case BotApiError.BadRequest b -> Optional.of(fail(run, "bad_request: " + description));
            case BotApiError.Unauthorized u -> Optional.of(fail(run,
                    "unauthorized: Telegram refused the token of bot '" + run.botName + "': " + description));
            case BotApiError.Transport t -> Optional.of(transport(run, description, t.mayHaveArrived()));
        };
    }

    /** A send that may have reached Telegram: unknown under the surfacing policy, else a retry. */
    DeliveryResult ambiguous(TaskRun run, String error) {
        if (unknownPolicies.forTask(run.task.id(), policy.onUnknown()) == UnknownPolicy.SURFACE) {
            return settle(run, run.transitions().unknown(error, clock.instant()), AttemptOutcome.UNKNOWN, error,
                    new DeliveryResult.Finished(NotificationStatus.UNKNOWN));
        }
        return retry(run, error + " (resent by policy)");
    }

    private DeliveryResult transport(TaskRun run, String description, boolean mayHaveArrived) {
        if (mayHaveArrived) {
            return ambiguous(run, "transport: " + description + " (the message may have arrived)");
        }
        return retry(run, "transport: " + description);
    }

    private DeliveryResult retry(TaskRun run, String error) {
        int failures = ledger.failuresInARow(run.task.id()) + 1;
        if (failures >= policy.maxAttempts()) {
            return fail(run, "retries_exhausted: " + failures + " attempts failed in a row; last: " + error);
        }
        Instant at = clock.instant().plus(policy.backoff(failures, random));
        return settle(run, run.transitions().retryLater(at, error, clock.instant()), AttemptOutcome.RETRYING, error,
                new DeliveryResult.Deferred(at));
    }

    private DeliveryResult unreachable(TaskRun run, String error, String reason) {
        recipients.markUnreachable(run.botId(), run.target, reason);
        return fail(run, error);
    }

    private DeliveryResult fail(TaskRun run, String error) {
        return settle(run, run.transitions().fail(error, clock.instant()), AttemptOutcome.FAILED, error,
                new DeliveryResult.Finished(NotificationStatus.FAILED));
    }

    private DeliveryResult settle(TaskRun run, Notification next, AttemptOutcome outcome, String error,
                                  DeliveryResult result) {
        if (!ledger.save(next, run.target)) {
            return new DeliveryResult.TakenOver();
        }
        record(run, outcome, error);
        run.task = next;
        return result;
    }

    private void record(TaskRun run, AttemptOutcome outcome, String error) {
        ledger.record(DeliveryAttempt.undelivered(run.task.id(), run.task.attempts(), run.partNo(),
                run.attemptStartedAt, clock.instant(), outcome, error));
    }
}
