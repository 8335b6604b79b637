package io.telegate.core.fetch;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.Lease;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.MessageArchive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fetches one chat-day under a lease: pages its history newest to oldest, writes what it gathered every
 * {@code flushEvery} messages, and marks the day complete only after its last page is durable.
 */
final class DayFetcher {

    private final MessageArchive archive;
    private final Leases leases;
    private final FetchPolicy policy;
    private final TelegramCalls calls;
    private final Pause pause;
    private final String owner;

    DayFetcher(MessageArchive archive, Leases leases, FetchPolicy policy, TelegramCalls calls, Pause pause, String owner) {
        this.archive = archive;
        this.leases = leases;
        this.policy = policy;
        this.calls = calls;
        this.pause = pause;
        this.owner = owner;
    }

    void fetch(FetchRun run, FetchEvents.Throttle throttle, AccountSession session, ResolvedChat chat, FetchUnit unit)
            throws InterruptedException {
        Optional<Lease> lease = awaitLease(unit);
        if (lease.isEmpty()) {
            return;
        }
        try {
            fetchUnderLease(run, throttle, session, chat, unit, lease.get());
        } finally {
            leases.release(lease.get());
        }
    }

    private void fetchUnderLease(FetchRun run, FetchEvents.Throttle throttle, AccountSession session,
                                 ResolvedChat chat, FetchUnit unit, Lease lease) throws InterruptedException {
        String name = run.command().chat();
        HistoryQuery query = new HistoryQuery(unit.from(), unit.until(), 0, 0, policy.pageSize());
        List<TelegramMessage> gathered = new ArrayList<>();
        while (run.fatal().isEmpty()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("fetch of " + unit.day() + " interrupted");
            }
            HistoryQuery current = query;
            HistoryPage page = calls.call(run, throttle, () -> session.history(chat, current));
            page.messages().forEach(m -> gathered.add(m.inChat(name)));
            if (gathered.size() >= policy.flushEvery()) {
                lease = flush(run, unit, gathered, lease);
            }
            throttle.progress(run, false);
            if (!page.hasMore() || page.messages().isEmpty()) {
                archive.write(unit.day(), gathered, unit.closed());
                run.archived(gathered.size());
                return;
            }
            query = query.next(page.oldestId());
        }
    }

    private Lease flush(FetchRun run, FetchUnit unit, List<TelegramMessage> gathered, Lease lease) {
        archive.write(unit.day(), gathered, false);
        run.archived(gathered.size());
        gathered.clear();
        return leases.renew(lease, policy.leaseTtl()).orElseThrow(() -> FetchAborted.day("lease_lost",
                "another process took over " + unit.day() + " while this one was writing it"));
    }

    /** Waits for the day's lease; empty when another process completed the day meanwhile. */
    private Optional<Lease> awaitLease(FetchUnit unit) throws InterruptedException {
        Duration step = Duration.ofMillis(Math.max(50, Math.min(1000, policy.leaseTtl().toMillis() / 4)));
        long tries = Math.max(1, policy.leaseTtl().multipliedBy(2).toMillis() / step.toMillis());
        for (long i = 0; i < tries; i++) {
            Optional<Lease> lease = leases.acquire(unit.leaseName(), owner, policy.leaseTtl());
            if (lease.isPresent()) {
                return lease;
            }
            if (archive.manifest(unit.day()).map(DayManifest::complete).orElse(false)) {
                return Optional.empty();
            }
            pause.pause(step);
        }
        throw FetchAborted.day("lease_busy", "another process kept " + unit.day() + " for too long");
    }
}
