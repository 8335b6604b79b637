package io.telegate.core.monitor;

import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.TelegateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's hold on one chat: the lease {@code chat:<chat>} with its fencing token, and the chat's persisted
 * record, written only under that lease and only over what this process last read. When either shows that another
 * process stopped or took the chat, {@link ChatReleased} is thrown and the chat is let go.
 *
 * <p>Used from its chat's own thread only.
 */
final class ChatOwnership {

    private static final Logger log = LoggerFactory.getLogger(ChatOwnership.class);

    private final String chat;
    private final Leases leases;
    private final ChatRecords records;
    private final Duration ttl;
    private final Clock clock;
    private final String owner;
    private Lease lease;
    private ChatRecords.Stored stored;

    ChatOwnership(String chat, Lease lease, Leases leases, ChatRecords records, Duration ttl, Clock clock, String owner) {
        this.chat = chat;
        this.lease = lease;
        this.leases = leases;
        this.records = records;
        this.ttl = ttl;
        this.clock = clock;
        this.owner = owner;
    }

    static String leaseName(String chat) {
        return "chat:" + chat;
    }

    long token() {
        return lease.fencingToken();
    }

    /** Writes the chat's first record, or takes over {@code existing}; false when another process got there first. */
    boolean claim(Optional<ChatRecords.Stored> existing, ChatRecord next) {
        Optional<ChatRecords.Stored> written = existing.isPresent()
                ? records.replace(existing.get(), next) : records.create(next);
        if (written.isEmpty()) {
            return false;
        }
        stored = written.get();
        records.index(chat);
        return true;
    }

    /** Renews the lease once a third of its time has passed; throws {@link ChatReleased} when it is gone. */
    void ensureOwned() {
        Instant now = clock.instant();
        if (now.isBefore(lease.expiresAt().minus(ttl.multipliedBy(2).dividedBy(3)))) {
            return;
        }
        try {
            Lease next = leases.renew(lease, ttl).or(() -> leases.acquire(leaseName(chat), owner, ttl))
                    .orElseThrow(() -> new ChatReleased("its lease is held by another instance"));
            boolean lapsed = next.fencingToken() != lease.fencingToken();
            lease = next;
            if (lapsed) {
                retake();
            }
        } catch (TelegateException e) {
            if (now.isBefore(lease.expiresAt())) {
                log.warn("chat {}: lease renewal failed, still held until {}: {}", chat, lease.expiresAt(),
                        e.getMessage());
                return;
            }
            throw new ChatReleased("its lease could not be renewed: " + e.getMessage());
        }
    }

    /** The lease lapsed and was acquired again: the record must still be ours, now under the new token. */
    private void retake() {
        ChatRecord mine = stored.record();
        stored = records.replace(stored, mine.withOwner(owner, lease.fencingToken()))
                .orElseThrow(() -> new ChatReleased("its record changed while its lease had lapsed"));
    }

    /**
     * Writes {@code next} over what this process last read. When someone else changed the record, returns the
     * newer one if only its pool was replaced (a switch made by another process: adopt it and save again), and
     * throws {@link ChatReleased} when the chat was stopped or taken over.
     */
    Optional<ChatRecord> save(ChatRecord next) {
        while (true) {
            Optional<ChatRecords.Stored> written = records.replace(stored, next);
            if (written.isPresent()) {
                stored = written.get();
                return Optional.empty();
            }
            ChatRecords.Stored latest = latest();
            stored = latest;
            if (latest.record().revision() != next.revision()) {
                return Optional.of(latest.record());
            }
        }
    }

    /** Reads the record again; returns it when another process replaced the pool since this one last read it. */
    Optional<ChatRecord> refresh() {
        ChatRecords.Stored latest = latest();
        boolean switched = latest.record().revision() != stored.record().revision();
        stored = latest;
        return switched ? Optional.of(latest.record()) : Optional.empty();
    }

    ChatRecord record() {
        return stored.record();
    }

    /** Deletes the chat's record and index entry: nobody resumes it any more. */
    void forget() {
        records.delete(chat);
    }

    /** Gives the lease up, so another process may take the chat at once. */
    void release() {
        try {
            leases.release(lease);
        } catch (TelegateException e) {
            log.warn("chat {}: releasing the lease failed (it will expire): {}", chat, e.getMessage());
        }
    }

    private ChatRecords.Stored latest() {
        ChatRecords.Stored latest = records.load(chat)
                .orElseThrow(() -> new ChatReleased("it was stopped by another instance"));
        ChatRecord record = latest.record();
        if (!record.owner().equals(owner) || record.token() != lease.fencingToken()) {
            throw new ChatReleased("it was taken over by " + record.owner());
        }
        return latest;
    }
}
