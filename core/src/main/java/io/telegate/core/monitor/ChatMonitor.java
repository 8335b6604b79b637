package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.Lease;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorOutcome;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import io.telegate.ports.out.UpdateListener;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one chat: reads it through the source session of its pool and publishes each new message once, in id
 * order, with the chat's next sequence number. When the source loses access it announces {@code access_lost},
 * promotes the next backup and fills the gap from history before going live again; when no session is left it
 * announces {@code monitoring_stopped}.
 *
 * <p>All work on a chat (live messages, losses, commands, ticks) runs on the chat's own virtual thread, one task
 * at a time ({@link ChatThread}), so its state needs no locks and its events keep their order. Reading history is
 * {@link HistoryReader} and {@link GapFiller}'s, owning the chat {@link ChatOwnership}'s. The class is still longer
 * than most because what remains is one state machine (source, last published id, sequence, pool) whose invariants
 * (never an id twice, never a gap, one {@code access_lost} per lost session) hold only if one class keeps them.
 */
final class ChatMonitor {

    /** The last published id of a chat whose newest message was not looked up yet. */
    static final long NO_BASELINE = -1;
    /** Suffix of the user name under which a chat's history reads hold a session. */
    static final String READER_SUFFIX = "#read";

    private static final Logger log = LoggerFactory.getLogger(ChatMonitor.class);

    private record Attachment(String sessionId, Subscription subscription, long generation) {
    }

    private final ChatRef chat;
    private final String key;
    private final MonitorContext ctx;
    private final ChatOwnership ownership;
    private final HistoryReader reader;
    private final GapFiller gaps;
    private final ChatThread thread;
    private final AtomicBoolean tickQueued = new AtomicBoolean();

    private SessionPool pool;
    private List<EncryptedSession> sealed;
    private long revision;
    private long lastPublishedId;
    private long sequence;
    private boolean everAttached;
    private boolean repool;
    private String startFailure = "no session of the pool can read the chat";
    private Attachment attachment;
    private long generation;
    private Instant lastActivity;
    private volatile ChatPhase phase = ChatPhase.ATTACHING;
    private volatile ChatStatus status;

    /**
     * A monitor for {@code chat} under {@code lease}; {@code progress} is what a stored record says was published
     * (empty: nothing, the newest id is looked up when a session first reads the chat).
     */
    ChatMonitor(ChatRef chat, SessionPool pool, Lease lease, Optional<ChatRecord> progress, boolean resumed,
                MonitorContext ctx) {
        this.chat = chat;
        this.key = chat.text();
        this.ctx = ctx;
        this.pool = pool;
        this.sealed = ctx.seal(pool);
        this.ownership = new ChatOwnership(key, lease, ctx.leases(), ctx.records(), ctx.policy().leaseTtl(),
                ctx.clock(), ctx.owner());
        this.reader = new HistoryReader(chat, key + READER_SUFFIX, ctx.connections(), ctx.retry(), ctx.policy(),
                ctx.pause(), ctx.clock(), ownership::ensureOwned);
        this.gaps = new GapFiller(chat, reader, ctx.metrics(), ctx.policy().pageSize());
        this.revision = progress.map(ChatRecord::revision).orElse(0L);
        this.lastPublishedId = progress.map(ChatRecord::lastPublishedId).orElse(NO_BASELINE);
        this.sequence = progress.map(ChatRecord::sequence).orElse(0L);
        this.everAttached = resumed;
        this.lastActivity = ctx.clock().instant();
        this.thread = new ChatThread(new Guard());
        refreshStatus();
    }

    String key() {
        return key;
    }

    ChatStatus status() {
        return status;
    }

    // ---- commands and ticks, each run on the chat's thread by the manager ----

    /** Claims the chat's record (new, or an orphan's taken over with this pool) and starts reading it. */
    MonitorOutcome begin(Optional<ChatRecords.Stored> existing) throws InterruptedException {
        ChatRecord next = existing
                .map(s -> s.record().withOwner(ctx.owner(), ownership.token())
                        .withPool(sealed, Map.of(), s.record().revision() + 1))
                .orElseGet(() -> ctx.fresh(key, pool, ownership.token()));
        revision = next.revision();
        if (!ownership.claim(existing, next)) {
            end(false, true);
            return new MonitorOutcome.AlreadyMonitoring();
        }
        ensureAttached();
        if (phase == ChatPhase.ENDED) {
            return new MonitorOutcome.Rejected(startFailure);
        }
        return new MonitorOutcome.Started(source());
    }

    /** Takes over a stored chat (after a restart, or from a process that died) and fills its gap. */
    Void resume(ChatRecords.Stored stored) throws InterruptedException {
        if (!ownership.claim(Optional.of(stored), stored.record().withOwner(ctx.owner(), ownership.token()))) {
            throw new ChatReleased("another instance took it first");
        }
        log.info("chat {}: resumed after message {} (sequence {})", key, lastPublishedId, sequence);
        ensureAttached();
        return null;
    }

    MonitorOutcome stopByCommand() throws InterruptedException {
        detach();
        emit(new MonitorEvent.MonitoringStopped(chat, "stopped by command"));
        end(true, true);
        return new MonitorOutcome.Stopped();
    }

    /** Replaces the pool: the new primary reads from now on, after filling the gap since the last message. */
    MonitorOutcome switchSource(SessionDescriptor primary, List<SessionDescriptor> backups)
            throws InterruptedException {
        pool = ctx.pool(primary, backups);
        sealed = ctx.seal(pool);
        revision++;
        save();
        detach();
        ensureAttached();
        return switch (phase) {
            case ENDED -> new MonitorOutcome.Rejected("no session of the new pool can read the chat");
            case WAITING -> new MonitorOutcome.Switched(Optional.empty());
            default -> new MonitorOutcome.Switched(source());
        };
    }

    /** Keeps the lease, notices a stop or switch made elsewhere, retries an unattached chat, probes a quiet one. */
    Void tick() throws InterruptedException {
        ownership.ensureOwned();
        try {
            ownership.refresh().ifPresent(this::adopt);
        } catch (ChatReleased e) {
            throw e;
        } catch (TelegateException e) {
            log.warn("chat {}: could not read its record: {}", key, e.getMessage());
        }
        if (attachment == null) {
            ensureAttached();
        } else if (quiet()) {
            probe();
        }
        return null;
    }

    /** Queues a {@link #tick()} unless one is queued already (a chat busy for long does not pile them up). */
    void requestTick() {
        if (tickQueued.compareAndSet(false, true)) {
            execute(() -> {
                tickQueued.set(false);
                return tick();
            });
        }
    }

    // ---- the chat's thread ----

    <T> CompletableFuture<T> submit(ChatThread.Task<T> task) {
        return thread.submit(task);
    }

    void execute(ChatThread.Task<?> task) {
        thread.execute(task);
    }

    /** Lets go of the chat on shutdown: stops reading, gives the lease up, keeps the record for whoever resumes. */
    void close() {
        execute(() -> {
            end(false, true);
            return null;
        });
        thread.shutdown();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return thread.awaitTermination(timeout);
    }

    void kill() {
        thread.shutdownNow();
    }

    // ---- reading ----

    private void ensureAttached() throws InterruptedException {
        Set<String> unavailable = new HashSet<>();
        while (phase != ChatPhase.ENDED) {
            if (attachment != null && source().filter(attachment.sessionId()::equals).isPresent()) {
                phase = ChatPhase.LIVE;
                return;
            }
            detach();
            phase = ChatPhase.ATTACHING;
            SessionPool.Promotion promotion = pool.promoteBackup(unavailable);
            for (Map.Entry<String, AccessLossReason> skipped : promotion.skipped().entrySet()) {
                announceLoss(skipped.getKey(), skipped.getValue(), false);
            }
            if (promotion.source().isEmpty()) {
                waitOrStop();
                return;
            }
            SessionDescriptor next = promotion.source().get();
            try {
                attach(next);
            } catch (SessionUnavailable e) {
                log.info("chat {}: {}", key, e.getMessage());
                unavailable.add(next.id());
            } catch (FloodWaitException e) {
                ctx.connections().coolDown(next.id(), e.waitDuration());
                unavailable.add(next.id());
            } catch (TransientFailure e) {
                log.warn("chat {}: session {} cannot serve now: {}", key, next.id(), e.getMessage());
                unavailable.add(next.id());
            } catch (AccessLostException e) {
                loseSession(next.id(), e.reason());
            } catch (ChatUnavailableException e) {
                if (!everAttached) {
                    startFailure = e.getMessage();
                    end(true, true);
                    return;
                }
                loseSession(next.id(), AccessLossReason.CHANNEL_PRIVATE);
            } catch (HistoryReader.NoReader e) {
                log.debug("chat {}: no session left to fill the gap", key);
            }
        }
    }

    private void waitOrStop() throws InterruptedException {
        if (!pool.exhausted()) {
            phase = ChatPhase.WAITING;
            log.warn("chat {}: every usable session is busy elsewhere or rate-limited; retrying at the next tick", key);
            return;
        }
        log.warn("chat {}: no session of the pool can read it ({})", key, pool.lost());
        if (everAttached) {
            emit(new MonitorEvent.MonitoringStopped(chat, "no session of the pool can read the chat"));
        } else {
            startFailure = "no session of the pool can read the chat: " + pool.lost();
        }
        end(true, true);
    }

    private void attach(SessionDescriptor session) throws InterruptedException {
        String id = session.id();
        AccountSession client = ctx.connections().open(session, key, new SourceUser(id));
        try {
            ResolvedChat resolved = reader.resolve(id, client);
            if (lastPublishedId == NO_BASELINE) {
                takeBaseline(id, client, resolved);
            }
            long current = ++generation;
            Subscription subscription = ctx.retry().call(id, "subscribe",
                    () -> client.subscribe(resolved, new Listener(current)));
            attachment = new Attachment(id, subscription, current);
        } catch (RuntimeException | InterruptedException e) {
            reader.forget(id);
            ctx.connections().release(id, key);
            throw e;
        }
        everAttached = true;
        lastActivity = ctx.clock().instant();
        log.info("chat {}: reading through session {} after message {}", key, id, lastPublishedId);
        Optional<MonitorEvent.GapFilled> filled = gaps.fill(pool, lastPublishedId, this::loseSession, this::publish);
        if (filled.isPresent()) {
            emit(filled.get());
        }
    }

    private void takeBaseline(String sessionId, AccountSession client, ResolvedChat resolved)
            throws InterruptedException {
        HistoryPage newest = ctx.retry().call(sessionId, "history",
                () -> client.history(resolved, HistoryQuery.after(0, 1)));
        lastPublishedId = newest.messages().isEmpty() ? 0 : newest.messages().getFirst().id();
        save();
    }

    private void detach() {
        if (attachment == null) {
            return;
        }
        try {
            attachment.subscription().close();
        } catch (RuntimeException e) {
            log.debug("chat {}: closing the subscription failed: {}", key, e.toString());
        }
        ctx.connections().release(attachment.sessionId(), key);
        attachment = null;
    }

    private void probe() throws InterruptedException {
        lastActivity = ctx.clock().instant();
        try {
            if (gaps.hasNewer(pool, lastPublishedId, this::loseSession)) {
                log.warn("chat {}: no update for {} s but history has newer messages; subscribing again", key,
                        ctx.policy().quietProbeAfter().toSeconds());
                detach();
            }
        } catch (HistoryReader.NoReader e) {
            log.debug("chat {}: no session left to probe", key);
        }
        ensureAttached();
    }

    private boolean quiet() {
        return !Duration.between(lastActivity, ctx.clock().instant()).minus(ctx.policy().quietProbeAfter())
                .isNegative();
    }

    // ---- losing sessions ----

    private void onSourceLost(long fromGeneration, AccessLossReason reason) throws InterruptedException {
        if (attachment != null && attachment.generation() == fromGeneration) {
            loseSession(attachment.sessionId(), reason);
            ensureAttached();
        }
    }

    private void onSessionQuarantined(String sessionId, AccessLossReason reason) throws InterruptedException {
        if (attachment != null && attachment.sessionId().equals(sessionId)) {
            loseSession(sessionId, reason);
            ensureAttached();
        }
    }

    /** The source was disconnected here but not lost: connect again, or move on while another process has it. */
    private void onSessionDisconnected(String sessionId) throws InterruptedException {
        if (attachment != null && attachment.sessionId().equals(sessionId)) {
            log.info("chat {}: session {} was disconnected here; attaching again", key, sessionId);
            detach();
            ensureAttached();
        }
    }

    /** The session cannot read this chat: tell the backend once, and quarantine it when it is dead for all chats. */
    private void loseSession(String sessionId, AccessLossReason reason) throws InterruptedException {
        boolean wasSource = attachment != null && attachment.sessionId().equals(sessionId);
        if (wasSource) {
            detach();
        }
        reader.forget(sessionId);
        if (pool.markLost(sessionId, reason)) {
            announceLoss(sessionId, reason, wasSource);
        }
        if (reason.sessionDead()) {
            ctx.connections().quarantine(sessionId, reason, key);
        }
    }

    private void announceLoss(String sessionId, AccessLossReason reason, boolean failover) throws InterruptedException {
        log.warn("chat {}: session {} lost access ({})", key, sessionId, reason);
        emit(new MonitorEvent.AccessLost(chat, sessionId, reason.name()));
        if (failover) {
            ctx.metrics().failover();
        }
        save();
    }

    // ---- publishing and state ----

    private void onLive(long fromGeneration, TelegramMessage message) throws InterruptedException {
        if (attachment != null && attachment.generation() == fromGeneration) {
            publish(message, attachment.sessionId(), false);
        }
    }

    /** Publishes a message newer than the last one published; returns false for one published before. */
    private boolean publish(TelegramMessage message, String sessionId, boolean gapFill) throws InterruptedException {
        if (message.id() <= lastPublishedId) {
            return false;
        }
        long next = sequence + 1;
        emit(new MonitorEvent.IncomingTelegramMessage(chat, message.id(), message.date(),
                message.text(), new MonitorEvent.MessageMetadata(sessionId, next, message.fromId(),
                message.replyTo(), gapFill, message.entities())));
        lastPublishedId = message.id();
        sequence = next;
        lastActivity = ctx.clock().instant();
        save();
        return true;
    }

    /** Publishes an event of this chat, only while this process still owns it. */
    private void emit(MonitorEvent event) throws InterruptedException {
        ownership.ensureOwned();
        ctx.events().publish(event, ownership::ensureOwned);
    }

    /** Persists the pool and progress; a switch made by another process meanwhile is adopted. */
    private void save() {
        try {
            Optional<ChatRecord> foreign = ownership.save(current());
            if (foreign.isPresent()) {
                adopt(foreign.get());
                ownership.save(current());
            }
        } catch (ChatReleased e) {
            throw e;
        } catch (TelegateException e) {
            log.warn("chat {}: saving its state failed, the next change saves it again: {}", key, e.getMessage());
        }
    }

    private ChatRecord current() {
        return ownership.record().withPool(sealed, pool.lost(), revision).withProgress(lastPublishedId, sequence);
    }

    /** Takes the pool another process stored (a switch it received); the source is chosen again afterwards. */
    private void adopt(ChatRecord record) {
        pool = ctx.pool(record);
        sealed = record.sessions();
        revision = record.revision();
        repool = true;
        log.info("chat {}: pool replaced by a switch received by another instance", key);
    }

    private Optional<String> source() {
        return pool.source().map(SessionDescriptor::id);
    }

    /** Stops reading; {@code forget} removes the stored record, {@code release} gives the lease up. */
    private void end(boolean forget, boolean release) {
        if (phase == ChatPhase.ENDED) {
            return;
        }
        phase = ChatPhase.ENDED;
        detach();
        try {
            if (forget) {
                ownership.forget();
            }
        } catch (TelegateException e) {
            log.warn("chat {}: could not delete its record: {}", key, e.getMessage());
        }
        if (release) {
            ownership.release();
        }
        ctx.onEnded().accept(this);
        thread.shutdown();
    }

    private void refreshStatus() {
        Map<String, String> lost = new LinkedHashMap<>();
        pool.lost().forEach((id, reason) -> lost.put(id, reason.name()));
        status = new ChatStatus(key, phase, Optional.ofNullable(attachment).map(Attachment::sessionId),
                lastPublishedId, sequence, lost);
    }

    /** What this chat does around each task on its thread. */
    private final class Guard implements ChatThread.Guard {

        @Override
        public void before() {
            if (phase == ChatPhase.ENDED) {
                throw new ChatReleased("no longer monitored here");
            }
        }

        @Override
        public void after() throws InterruptedException {
            if (repool && phase != ChatPhase.ENDED) {
                repool = false;
                detach();
                ensureAttached();
            }
        }

        @Override
        public void released(ChatReleased e) {
            if (phase != ChatPhase.ENDED) {
                log.info("chat {}: let go, {}", key, e.getMessage());
                end(false, true);
            }
        }

        @Override
        public void failed(RuntimeException e) {
            log.error("chat {}: unexpected failure", key, e);
        }

        @Override
        public void finished() {
            refreshStatus();
        }
    }

    /** Hands what happens to the source session to the chat's thread. */
    private final class SourceUser implements SessionUser {

        private final String sessionId;

        SourceUser(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public void quarantined(AccessLossReason reason) {
            execute(() -> {
                onSessionQuarantined(sessionId, reason);
                return null;
            });
        }

        @Override
        public void disconnected() {
            execute(() -> {
                onSessionDisconnected(sessionId);
                return null;
            });
        }
    }

    /** Hands the subscription's callbacks to the chat's thread, tagged with the attachment they belong to. */
    private final class Listener implements UpdateListener {

        private final long generation;

        Listener(long generation) {
            this.generation = generation;
        }

        @Override
        public void onMessage(TelegramMessage message) {
            execute(() -> {
                onLive(generation, message);
                return null;
            });
        }

        @Override
        public void onAccessLost(AccessLossReason reason) {
            execute(() -> {
                onSourceLost(generation, reason);
                return null;
            });
        }
    }
}
