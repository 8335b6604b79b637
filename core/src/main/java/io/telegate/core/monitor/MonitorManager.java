package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.core.vault.SessionSealer;
import io.telegate.ports.in.MonitorChatsUseCase;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.Lease;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorOutcome;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.StateStore;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitoring of chats by this process: carries out seed 000's commands, owns each chat it watches under a
 * lease, and at every {@link #tick()} renews its leases, takes over chats whose owner is gone (after a restart,
 * or from a process that died) and probes quiet chats. Several processes may share the command queue and the
 * stores; each chat is owned by exactly one of them at a time.
 *
 * <p>Thread-safe: commands, ticks and Telegram callbacks may arrive on any thread.
 */
public final class MonitorManager implements MonitorChatsUseCase {

    private static final Logger log = LoggerFactory.getLogger(MonitorManager.class);

    private final Map<String, ChatMonitor> chats = new ConcurrentHashMap<>();
    private final Object membership = new Object();
    private final MonitorContext ctx;
    private final ChatJoiner joiner;

    /** Wires the manager; {@code owner} names this process in leases and must differ between live processes. */
    public MonitorManager(UserAccounts accounts, StateStore store, Leases leases, EventPublisher publisher,
                          Codec<MonitorEvent> codec, SessionSealer sealer, Metrics metrics, MonitorPolicy policy,
                          Pause pause, Clock clock, String owner) {
        MonitorMetrics meters = new MonitorMetrics(metrics);
        TelegramRetry retry = new TelegramRetry(policy, pause);
        SessionConnections connections = new SessionConnections(accounts, leases, policy, retry, clock, owner);
        this.ctx = new MonitorContext(connections, new ChatRecords(store), new MonitorEvents(publisher, codec, policy,
                pause, meters), leases, sealer, retry, policy, pause, clock, owner, meters,
                monitor -> chats.remove(monitor.key(), monitor));
        this.joiner = new ChatJoiner(connections, retry, policy, pause);
        meters.registerGauges(chats::size, connections::count);
    }

    @Override
    public MonitorOutcome handle(MonitorCommand command) throws InterruptedException {
        return switch (command) {
            case MonitorCommand.StartMonitoringChat start -> start(start);
            case MonitorCommand.StopMonitoringChat stop -> stop(stop.chatId());
            case MonitorCommand.JoinChat join -> joiner.join(join.chatId(), join.session());
            case MonitorCommand.SwitchMonitoringSource change -> switchSource(change);
        };
    }

    /** Publishes a {@code command_rejected} event for a command that could not be read or carried out. */
    void reject(Optional<String> commandId, String reason) throws InterruptedException {
        ctx.events().publish(new MonitorEvent.CommandRejected(commandId, reason));
    }

    private MonitorOutcome start(MonitorCommand.StartMonitoringChat command) throws InterruptedException {
        String key = command.chatId().text();
        ChatMonitor monitor;
        Optional<ChatRecords.Stored> existing;
        synchronized (membership) {
            if (chats.containsKey(key)) {
                return new MonitorOutcome.AlreadyMonitoring();
            }
            Optional<Lease> lease = ctx.leases().acquire(ChatOwnership.leaseName(key), ctx.owner(),
                    ctx.policy().leaseTtl());
            if (lease.isEmpty()) {
                return new MonitorOutcome.AlreadyMonitoring();
            }
            existing = ctx.records().load(key);
            monitor = new ChatMonitor(command.chatId(), ctx.pool(command.primarySession(),
                    command.backupSessionsPool()), lease.get(), existing.map(ChatRecords.Stored::record), false, ctx);
            chats.put(key, monitor);
        }
        log.info("chat {}: start monitoring with {} session(s)", key, 1 + command.backupSessionsPool().size());
        try {
            return awaitLocal(monitor.submit(() -> monitor.begin(existing)))
                    .orElseGet(MonitorOutcome.AlreadyMonitoring::new);
        } catch (RuntimeException | InterruptedException e) {
            // The command goes back to the queue: let the chat go, so its redelivery starts it afresh.
            chats.remove(key, monitor);
            monitor.close();
            throw e;
        }
    }

    private MonitorOutcome stop(ChatRef chat) throws InterruptedException {
        ChatMonitor monitor = chats.get(chat.text());
        if (monitor != null) {
            Optional<MonitorOutcome> local = awaitLocal(monitor.submit(monitor::stopByCommand));
            if (local.isPresent()) {
                return local.get();
            }
        }
        if (ctx.records().load(chat.text()).isEmpty()) {
            return new MonitorOutcome.NotMonitored();
        }
        // Owned by another process (or by none after a crash): removing the record makes its owner let go.
        ctx.records().delete(chat.text());
        ctx.events().publish(new MonitorEvent.MonitoringStopped(chat, "stopped by command"));
        log.info("chat {}: stopped; its owner lets go at its next tick", chat.text());
        return new MonitorOutcome.Stopped();
    }

    private MonitorOutcome switchSource(MonitorCommand.SwitchMonitoringSource command) throws InterruptedException {
        String key = command.chatId().text();
        ChatMonitor monitor = chats.get(key);
        if (monitor != null) {
            Optional<MonitorOutcome> local = awaitLocal(monitor.submit(() -> monitor.switchSource(
                    command.newPrimarySession(), command.backupSessionsPool())));
            if (local.isPresent()) {
                return local.get();
            }
        }
        SessionPool pool = ctx.pool(command.newPrimarySession(), command.backupSessionsPool());
        while (true) {
            Optional<ChatRecords.Stored> stored = ctx.records().load(key);
            if (stored.isEmpty()) {
                return new MonitorOutcome.Rejected("chat " + key + " is not monitored");
            }
            ChatRecord record = stored.get().record();
            if (ctx.records().replace(stored.get(), record.withPool(ctx.seal(pool), Map.of(),
                    record.revision() + 1)).isPresent()) {
                break;
            }
        }
        log.info("chat {}: new pool stored for its owner to apply", key);
        scan();
        return new MonitorOutcome.Switched(Optional.ofNullable(chats.get(key))
                .flatMap(m -> m.status().sourceSessionId()));
    }

    /**
     * The periodic upkeep (every third of the lease TTL): renews session leases, lets each chat renew its lease
     * and notice changes, and takes over stored chats nobody owns. Never throws.
     */
    public void tick() {
        try {
            ctx.connections().renewLeases();
            chats.values().forEach(ChatMonitor::requestTick);
            scan();
        } catch (RuntimeException e) {
            log.warn("monitor tick failed, trying again at the next one: {}", e.toString());
        }
    }

    /** Takes over every stored chat whose lease is free (resume after a restart, or a dead owner's chats). */
    private void scan() {
        for (String key : ctx.records().indexed()) {
            if (chats.containsKey(key) || ctx.leases().holder(ChatOwnership.leaseName(key)).isPresent()) {
                continue;
            }
            try {
                takeOver(key);
            } catch (TelegateException e) {
                log.error("chat {}: cannot take it over: {}", key, e.getMessage());
            }
        }
    }

    private void takeOver(String key) {
        ChatMonitor monitor;
        ChatRecords.Stored stored;
        synchronized (membership) {
            if (chats.containsKey(key)) {
                return;
            }
            Optional<Lease> lease = ctx.leases().acquire(ChatOwnership.leaseName(key), ctx.owner(),
                    ctx.policy().leaseTtl());
            if (lease.isEmpty()) {
                return;
            }
            Optional<ChatRecords.Stored> found = ctx.records().load(key);
            if (found.isEmpty()) {
                ctx.records().delete(key);
                ctx.leases().release(lease.get());
                return;
            }
            stored = found.get();
            try {
                monitor = new ChatMonitor(ChatRef.parse(key), ctx.pool(stored.record()), lease.get(),
                        Optional.of(stored.record()), true, ctx);
            } catch (RuntimeException e) {
                ctx.leases().release(lease.get());
                throw e;
            }
            chats.put(key, monitor);
        }
        log.info("chat {}: taking it over (previous owner {})", key, stored.record().owner());
        monitor.execute(() -> monitor.resume(stored));
    }

    /** What this process monitors now. */
    public MonitorStatus status() {
        List<ChatStatus> owned = chats.values().stream().map(ChatMonitor::status)
                .sorted(Comparator.comparing(ChatStatus::chat)).toList();
        return new MonitorStatus(ctx.owner(), owned, ctx.connections().status());
    }

    /**
     * Lets go of every chat: stops reading, gives the leases up so another process takes over at once, and keeps
     * the stored state so that a restart resumes every chat and fills the gap. Waits up to {@code timeout}.
     */
    public void shutdown(Duration timeout) {
        List<ChatMonitor> all = List.copyOf(chats.values());
        all.forEach(ChatMonitor::close);
        try {
            for (ChatMonitor monitor : all) {
                if (!monitor.awaitClosed(timeout)) {
                    log.warn("chat {}: still busy after {} s; interrupting it", monitor.key(), timeout.toSeconds());
                    monitor.kill();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ChatMonitor::kill);
        }
        ctx.connections().closeAll();
        log.info("monitor stopped; {} chat(s) left for the next owner", all.size());
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The outcome of a command run by the chat's owner here; empty when the chat was let go meanwhile. */
    private static Optional<MonitorOutcome> awaitLocal(CompletableFuture<MonitorOutcome> future)
            throws InterruptedException {
        try {
            return Optional.of(await(future));
        } catch (ChatReleased e) {
            return Optional.empty();
        }
    }
}
