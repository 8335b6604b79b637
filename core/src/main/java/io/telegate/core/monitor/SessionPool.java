package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The ordered sessions that may read one chat (the primary, then the backups), which one reads it now, and which
 * ones lost it. Quarantined sessions (dead for every chat) are skipped and recorded as lost when met.
 *
 * <p>Not thread-safe: a pool belongs to its chat and is used from that chat's thread only.
 */
public final class SessionPool {

    /**
     * What a promotion decided.
     *
     * @param source  the new source, empty when no session can read the chat now
     * @param skipped quarantined sessions met on the way, newly recorded as lost, with their reasons
     */
    public record Promotion(Optional<SessionDescriptor> source, Map<String, AccessLossReason> skipped) {
    }

    private final List<SessionDescriptor> sessions;
    private final Map<String, AccessLossReason> lost;
    private final Function<String, Optional<AccessLossReason>> quarantine;
    private String sourceId;

    /** A pool with nothing lost yet; duplicates of a session are dropped, the first occurrence stays. */
    public SessionPool(SessionDescriptor primary, List<SessionDescriptor> backups,
                       Function<String, Optional<AccessLossReason>> quarantine) {
        this(concat(primary, backups), Map.of(), quarantine);
    }

    /** A pool restored from storage, with the sessions it had already lost. */
    public SessionPool(List<SessionDescriptor> sessions, Map<String, AccessLossReason> lost,
                       Function<String, Optional<AccessLossReason>> quarantine) {
        Map<String, SessionDescriptor> unique = new LinkedHashMap<>();
        sessions.forEach(s -> unique.putIfAbsent(s.id(), s));
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("a session pool needs at least one session");
        }
        this.sessions = List.copyOf(unique.values());
        this.lost = new LinkedHashMap<>(lost);
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    private static List<SessionDescriptor> concat(SessionDescriptor primary, List<SessionDescriptor> backups) {
        List<SessionDescriptor> all = new ArrayList<>();
        all.add(Objects.requireNonNull(primary, "primary"));
        all.addAll(backups);
        return all;
    }

    /** Every session in order, the primary first, lost ones included. */
    public List<SessionDescriptor> sessions() {
        return sessions;
    }

    public SessionDescriptor primary() {
        return sessions.getFirst();
    }

    /** The session reading the chat now, if any. */
    public Optional<SessionDescriptor> source() {
        return sessions.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /** Records that a session can no longer read this chat; returns false when it was already lost. */
    public boolean markLost(String sessionId, AccessLossReason reason) {
        if (sessionId.equals(sourceId)) {
            sourceId = null;
        }
        return contains(sessionId) && lost.putIfAbsent(sessionId, reason) == null;
    }

    /** The sessions that lost this chat, with why, in the order they were lost. */
    public Map<String, AccessLossReason> lost() {
        return Collections.unmodifiableMap(lost);
    }

    /** Forgets the current source (it is being detached). */
    public void clearSource() {
        sourceId = null;
    }

    /**
     * Makes the first session, in pool order, that is neither lost, quarantined nor in {@code unavailable} (busy in
     * another process, rate-limited) the source; the primary when it can, else the next backup.
     */
    public Promotion promoteBackup(Set<String> unavailable) {
        Map<String, AccessLossReason> skipped = new LinkedHashMap<>();
        for (SessionDescriptor session : sessions) {
            if (lost.containsKey(session.id()) || unavailable.contains(session.id())) {
                continue;
            }
            Optional<AccessLossReason> dead = quarantine.apply(session.id());
            if (dead.isPresent()) {
                lost.put(session.id(), dead.get());
                skipped.put(session.id(), dead.get());
                continue;
            }
            sourceId = session.id();
            return new Promotion(Optional.of(session), skipped);
        }
        sourceId = null;
        return new Promotion(Optional.empty(), skipped);
    }

    /** The sessions that may read history for this chat now: the source first, then the others not lost. */
    public List<SessionDescriptor> readers() {
        List<SessionDescriptor> readers = new ArrayList<>();
        source().ifPresent(readers::add);
        sessions.stream()
                .filter(s -> !s.id().equals(sourceId) && !lost.containsKey(s.id()))
                .filter(s -> quarantine.apply(s.id()).isEmpty())
                .forEach(readers::add);
        return readers;
    }

    /** True when every session of the pool lost the chat. */
    public boolean exhausted() {
        return sessions.stream().allMatch(s -> lost.containsKey(s.id()));
    }

    public boolean contains(String sessionId) {
        return sessions.stream().anyMatch(s -> s.id().equals(sessionId));
    }
}
