package io.telegate.core.notify;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.BotApiException;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one claimed task as far as it can in one pass: squares it with the attempt log, then for each part
 * still due checks the recipient registry and the bot's rate limiter, saves the attempt ahead, calls
 * {@code sendMessage}, records the attempt and saves the task. It stops at a final state, when a limit or a retry
 * says wait (the task goes back to pending until then), or when a save finds that another worker took over.
 */
public final class DeliveryService {

    private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

    private final BotApi botApi;
    private final BotDirectory bots;
    private final Recipients recipients;
    private final RateLimiters limiters;
    private final TaskLedger ledger;
    private final SendFailures failures;
    private final ClaimReconciler reconciler;
    private final Clock clock;

    /** Wires the service; the random source of backoff jitter is the JDK's default. */
    public DeliveryService(TaskStore tasks, DeliveryAttempts attempts, BotApi botApi, BotDirectory bots,
                           Recipients recipients, UnknownPolicies unknownPolicies, RateLimiters limiters,
                           NotificationEvents events, Metrics metrics, DeliveryPolicy policy, Clock clock) {
        this(tasks, attempts, botApi, bots, recipients, unknownPolicies, limiters, events, metrics, policy, clock,
                RandomGenerator.getDefault());
    }

    DeliveryService(TaskStore tasks, DeliveryAttempts attempts, BotApi botApi, BotDirectory bots, Recipients recipients,
                    UnknownPolicies unknownPolicies, RateLimiters limiters, NotificationEvents events, Metrics metrics,
                    DeliveryPolicy policy, Clock clock, RandomGenerator random) {
        this.botApi = botApi;
        this.bots = bots;
        this.recipients = recipients;
        this.limiters = limiters;
        this.clock = clock;
        this.ledger = new TaskLedger(tasks, attempts, events, metrics);
        this.failures = new SendFailures(ledger, recipients, limiters, unknownPolicies, policy, clock, random);
        this.reconciler = new ClaimReconciler(ledger, failures, clock);
    }

    /** Works one task the caller claimed ({@code SENDING}, leased to it). */
    public DeliveryResult deliver(Notification claimed) {
        String chat = claimed.request().message().chatId();
        Optional<BotToken> token = bots.token(claimed.request().bot());
        if (token.isEmpty()) {
            return finishUnsent(claimed, chat, "unknown_bot: no bot named '" + bots.nameOf(claimed.request().bot())
                    + "' is configured");
        }
        TaskRun run = new TaskRun(claimed, token.get(), bots.nameOf(claimed.request().bot()),
                recipients.resolve(token.get().botId(), chat));
        if (run.parts.isEmpty() || run.partNo() > run.parts.size()) {
            return finishUnsent(claimed, run.target, "bad_request: the text has no part left to send");
        }
        Optional<DeliveryResult> result = reconciler.reconcile(run);
        for (int step = 0; result.isEmpty(); step++) {
            result = step <= run.parts.size() + 5 ? sendNextPart(run)
                    : Optional.of(finishUnsent(run.task, run.target, "bad_request: the chat keeps migrating"));
        }
        return result.get();
    }

    private Optional<DeliveryResult> sendNextPart(TaskRun run) {
        run.target = recipients.resolve(run.botId(), run.target);
        Optional<RecipientMark> mark = recipients.unreachable(run.botId(), run.target);
        if (mark.isPresent()) {
            return Optional.of(finishUnsent(run.task, run.target, "recipient_unreachable: " + mark.get().reason()
                    + " (since " + mark.get().markedAt() + ")"));
        }
        if (limiters.forBot(run.botId()).admit(run.target) instanceof Admission.NotBefore(Instant at)) {
            return Optional.of(save(run, run.transitions().defer(at, clock.instant()), new DeliveryResult.Deferred(at)));
        }
        Notification begun = run.transitions().beginAttempt(clock.instant());
        if (!ledger.save(begun, run.target)) {
            return Optional.of(new DeliveryResult.TakenOver());
        }
        run.task = begun;
        run.attemptStartedAt = clock.instant();
        try {
            return delivered(run, botApi.sendMessage(run.token, run.nextMessage()));
        } catch (BotApiException e) {
            return failures.handle(run, e.error());
        } catch (RuntimeException e) {
            // an adapter broke its contract; whether the request left is unknown, so treat it as possibly arrived
            String error = run.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("task {}: sendMessage failed unexpectedly: {}", run.task.id(), error);
            return failures.handle(run, new BotApiError.Transport(error, true));
        }
    }

    /** Records the part first, so a worker that stops before saving leaves its message id in the log. */
    private Optional<DeliveryResult> delivered(TaskRun run, SentMessage sent) {
        ledger.record(DeliveryAttempt.delivered(run.task.id(), run.task.attempts(), run.partNo(),
                run.attemptStartedAt, clock.instant(), sent.messageId()));
        boolean last = run.isLastPart();
        Notification next = last ? run.transitions().delivered(sent.messageId(), clock.instant())
                : run.transitions().partDelivered(sent.messageId(), clock.instant());
        if (!ledger.save(next, run.target)) {
            log.warn("task {}: part {} went out as message {} after another worker took the task over; the attempt "
                    + "log has it", run.task.id(), run.partNo(), sent.messageId());
            return Optional.of(new DeliveryResult.TakenOver());
        }
        run.task = next;
        return last ? Optional.of(new DeliveryResult.Finished(NotificationStatus.DELIVERED)) : Optional.empty();
    }

    private DeliveryResult finishUnsent(Notification task, String chat, String error) {
        Notification failed = NotificationTask.of(task).fail(error, clock.instant());
        return ledger.save(failed, chat) ? new DeliveryResult.Finished(NotificationStatus.FAILED)
                : new DeliveryResult.TakenOver();
    }

    private DeliveryResult save(TaskRun run, Notification next, DeliveryResult result) {
        if (!ledger.save(next, run.target)) {
            return new DeliveryResult.TakenOver();
        }
        run.task = next;
        return result;
    }
}
