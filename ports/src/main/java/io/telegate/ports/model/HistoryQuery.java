package io.telegate.ports.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One page request of a chat's history, walked newest to oldest.
 *
 * @param from          oldest message date wanted (inclusive)
 * @param until         newest message date wanted (exclusive)
 * @param beforeId      only messages with a smaller id (0: start from the newest); the paging offset
 * @param afterId       only messages with a larger id (0: no lower bound); used to fill gaps after a known id
 * @param limit         at most this many messages (1 to 100, as Telegram allows)
 */
public record HistoryQuery(Instant from, Instant until, long beforeId, long afterId, int limit) {

    public HistoryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("history window is empty: from " + from + " until " + until);
        }
        if (beforeId < 0 || afterId < 0) {
            throw new IllegalArgumentException("message id bounds must not be negative");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1..100, was " + limit);
        }
    }

    /** The page after one that ended with message {@code lastId} (the oldest it returned). */
    public HistoryQuery next(long lastId) {
        return new HistoryQuery(from, until, lastId, afterId, limit);
    }

    /** Every message newer than {@code afterId}, any date, {@code limit} at a time. */
    public static HistoryQuery after(long afterId, int limit) {
        return new HistoryQuery(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), 0, afterId, limit);
    }
}
