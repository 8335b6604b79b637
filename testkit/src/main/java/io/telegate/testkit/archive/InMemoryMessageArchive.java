package io.telegate.testkit.archive;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.MessageArchive;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link MessageArchive} in memory: each write swaps in a new immutable snapshot of the day, so readers see
 * the day before or after it. Follows the rules of {@link MessageArchiveContract}.
 */
public final class InMemoryMessageArchive implements MessageArchive {

    private final ConcurrentMap<ArchiveDay, StoredDay> days = new ConcurrentHashMap<>();

    @Override
    public DayManifest write(ArchiveDay day, List<TelegramMessage> messages, boolean complete) {
        Objects.requireNonNull(day, "day");
        List<TelegramMessage> incoming = List.copyOf(messages);
        return days.compute(day, (d, previous) -> StoredDay.merge(d, previous, incoming, complete)).manifest();
    }

    @Override
    public Optional<DayManifest> manifest(ArchiveDay day) {
        return Optional.ofNullable(days.get(day)).map(StoredDay::manifest);
    }

    @Override
    public List<TelegramMessage> read(ArchiveDay day) {
        StoredDay stored = days.get(day);
        return stored == null ? List.of() : stored.messages();
    }
}
