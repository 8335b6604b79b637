package io.telegate.ports.model.fetch;

import java.util.Objects;

/**
 * What the archive holds for one day, recorded only once the data it describes is durable.
 *
 * @param day      the chat-day
 * @param minId    smallest message id stored (0 when none)
 * @param maxId    largest message id stored (0 when none)
 * @param count    number of messages stored
 * @param checksum a checksum of the stored file's bytes ({@code sha256:<hex>})
 * @param complete true when the whole day was fetched; a partial day is never marked complete
 */
public record DayManifest(ArchiveDay day, long minId, long maxId, int count, String checksum, boolean complete) {

    public DayManifest {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(checksum, "checksum");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
