package io.telegate.testkit.archive;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import java.util.List;
import java.util.TreeMap;

/** One day's messages in id order and the manifest describing exactly them. */
record StoredDay(List<TelegramMessage> messages, DayManifest manifest) {

    StoredDay {
        messages = List.copyOf(messages);
    }

    /** The day after merging {@code incoming} into {@code previous} (null when the day is new). */
    static StoredDay merge(ArchiveDay day, StoredDay previous, List<TelegramMessage> incoming, boolean complete) {
        TreeMap<Long, TelegramMessage> byId = new TreeMap<>();
        boolean wasComplete = false;
        if (previous != null) {
            previous.messages.forEach(m -> byId.put(m.id(), m));
            wasComplete = previous.manifest.complete();
        }
        incoming.forEach(m -> byId.put(m.id(), m));
        List<TelegramMessage> merged = List.copyOf(byId.values());
        DayManifest manifest = new DayManifest(day,
                byId.isEmpty() ? 0 : byId.firstKey(),
                byId.isEmpty() ? 0 : byId.lastKey(),
                merged.size(),
                DayChecksum.of(merged),
                wasComplete || complete);
        return new StoredDay(merged, manifest);
    }
}
