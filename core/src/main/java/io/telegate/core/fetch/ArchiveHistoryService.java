package io.telegate.core.fetch;

import io.telegate.core.time.Pause;
import io.telegate.ports.in.ArchiveHistoryUseCase;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchOutcome;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.MessageArchive;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.UserAccounts;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archives a chat's history day by day: plans the window, skips complete days, fetches the rest (in parallel
 * for {@code per_day}), and reports {@code started}, {@code progress} and {@code completed}/{@code failed}.
 */
public final class ArchiveHistoryService implements ArchiveHistoryUseCase {

    private static final Logger log = LoggerFactory.getLogger(ArchiveHistoryService.class);

    private final UserAccounts accounts;
    private final Supplier<SessionDescriptor> session;
    private final MessageArchive archive;
    private final FetchEvents events;
    private final DayFetcher days;
    private final TelegramCalls calls;
    private final FetchPolicy policy;
    private final Clock clock;
    private final Metrics metrics;
    private final LongAdder archived = new LongAdder();

    /** Wires the service; {@code session} is asked for the session at each command, {@code owner} names this process in leases. */
    public ArchiveHistoryService(UserAccounts accounts, Supplier<SessionDescriptor> session, MessageArchive archive, Leases leases,
                                 EventPublisher publisher, Codec<FetchEvent> codec, FetchPolicy policy, Pause pause,
                                 Clock clock, String owner, Metrics metrics) {
        this.accounts = accounts;
        this.session = session;
        this.archive = archive;
        this.policy = policy;
        this.clock = clock;
        this.events = new FetchEvents(publisher, codec, clock, policy.progressInterval());
        this.metrics = metrics;
        metrics.gauge("telegate.fetch.messages.archived", archived::sum);
        this.calls = new TelegramCalls(policy, pause, clock, RandomGenerator.getDefault(), metrics);
        this.days = new DayFetcher(archive, leases, policy, calls, pause, owner);
    }

    FetchEvents events() {
        return events;
    }

    /** Counts a command rejected before it reached this service (bad JSON or schema). */
    void countRejected() {
        metrics.increment("telegate.fetch.commands", "outcome", "rejected");
    }

    @Override
    public FetchOutcome archive(FetchCommand command) throws InterruptedException {
        FetchPlan plan = FetchPlan.of(command, clock);
        List<FetchUnit> pending = plan.pending(archive);
        FetchRun run = new FetchRun(command, clock, plan.units().size());
        for (int i = pending.size(); i < plan.units().size(); i++) {
            run.unitDone();
        }
        events.publish(new FetchEvent.Started(run.header(), plan.units().size()));
        log.info("fetch {} {}: {} days, {} already archived", command.chat(), command.window().mode(),
                plan.units().size(), plan.units().size() - pending.size());
        FetchEvents.Throttle throttle = events.throttle();
        if (!pending.isEmpty()) {
            try (AccountSession telegram = calls.call(run, throttle, () -> accounts.connect(session.get()))) {
                ResolvedChat chat = calls.call(run, throttle, () -> telegram.resolve(ChatRef.parse(command.chat())));
                runUnits(run, throttle, telegram, chat, pending, parallelism(command));
            } catch (FetchAborted e) {
                run.unitFailed(e);
            } catch (IllegalArgumentException e) {
                run.unitFailed(FetchAborted.command("invalid_chat", e.getMessage()));
            }
        }
        return finish(run, plan.units().size());
    }

    private int parallelism(FetchCommand command) {
        return command.strategy() == FetchStrategy.PER_DAY ? policy.concurrency() : 1;
    }

    private void runUnits(FetchRun run, FetchEvents.Throttle throttle, AccountSession telegram, ResolvedChat chat,
                          List<FetchUnit> units, int parallelism) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofVirtual().name("fetch-", 0).factory());
        try {
            List<Future<?>> futures = units.stream().<Future<?>>map(unit -> pool.submit(() -> {
                runUnit(run, throttle, telegram, chat, unit);
                return null;
            })).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fetch unit failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void runUnit(FetchRun run, FetchEvents.Throttle throttle, AccountSession telegram, ResolvedChat chat,
                         FetchUnit unit) throws InterruptedException {
        if (run.fatal().isPresent()) {
            return;
        }
        try {
            days.fetch(run, throttle, telegram, chat, unit);
            run.unitDone();
            throttle.progress(run, false);
        } catch (FetchAborted e) {
            log.warn("fetch of {} failed: {} ({})", unit.day(), e.getMessage(), e.error());
            run.unitFailed(e);
        }
    }

    private FetchOutcome finish(FetchRun run, int units) {
        FetchOutcome outcome = run.fatal().or(run::firstError)
                .<FetchOutcome>map(e -> new FetchOutcome.Failed(e.error(), reason(run, e, units), run.processed()))
                .orElseGet(() -> new FetchOutcome.Completed(run.processed(), units));
        events.publish(switch (outcome) {
            case FetchOutcome.Completed c -> new FetchEvent.Completed(run.header());
            case FetchOutcome.Failed f -> new FetchEvent.Failed(run.header(), f.error(), f.reason(),
                    java.util.Optional.empty());
        });
        archived.add(run.processed());
        metrics.increment("telegate.fetch.commands", "outcome", switch (outcome) {
            case FetchOutcome.Completed c -> "completed";
            case FetchOutcome.Failed f -> "failed";
        });
        log.info("fetch {} ended: {}", run.command().chat(), outcome);
        return outcome;
    }

    private static String reason(FetchRun run, FetchAborted first, int units) {
        if (first.fatal()) {
            return first.getMessage();
        }
        return run.errors() + " of " + units + " days failed; first: " + first.getMessage();
    }
}
