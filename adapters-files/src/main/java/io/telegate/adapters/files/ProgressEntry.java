package io.telegate.adapters.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import java.time.Instant;
import java.util.Objects;

/** One day's manifest as {@code progress.json} stores it. */
@JsonPropertyOrder({"min_id", "max_id", "count", "checksum", "complete", "updated_at"})
record ProgressEntry(
        @JsonProperty("min_id") long minId,
        @JsonProperty("max_id") long maxId,
        @JsonProperty("count") int count,
        @JsonProperty("checksum") String checksum,
        @JsonProperty("complete") boolean complete,
        @JsonProperty("updated_at") String updatedAt) {

    ProgressEntry {
        Objects.requireNonNull(checksum, "checksum");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    static ProgressEntry of(DayManifest manifest, Instant now) {
        return new ProgressEntry(manifest.minId(), manifest.maxId(), manifest.count(), manifest.checksum(),
                manifest.complete(), now.toString());
    }

    /** This entry as the manifest of {@code day}, complete only if {@code complete} says so. */
    DayManifest toManifest(ArchiveDay day, boolean complete) {
        return new DayManifest(day, minId, maxId, count, checksum, complete);
    }

    /** True when both describe the same stored day (the time of recording aside). */
    boolean sameDayAs(ProgressEntry other) {
        return minId == other.minId && maxId == other.maxId && count == other.count
                && checksum.equals(other.checksum) && complete == other.complete;
    }
}
