package io.telegate.adapters.files;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.MessageArchive;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat-history archive on disk in seed 002's layout: {@code data/<chat>/YYYY/discussions_YYYY-MM-DD.json}
 * (JSONL, one message per line, sorted by id) and {@code data/progress.json} (every day's manifest).
 *
 * <p>A write reads the day file, merges by id, writes the whole day to a temp file, fsyncs it, renames it over
 * the day file and fsyncs the directory; only then does it record the manifest in {@code progress.json}. A
 * day once complete stays complete (merging only adds messages), as long as the day file is still the one
 * its manifest describes: a manifest whose checksum does not match the file on disk (the file was edited, or
 * a crash fell between the rename and the progress update) reports the day as not complete, so it is
 * fetched and merged again. Several threads and several processes may share one data directory; one day
 * must have one writer at a time (the caller's lease), which this class also enforces among its own threads.
 *
 * <p>The chat folder is the chat without {@code @} ({@code @ru_python} → {@code ru_python}), a numeric id as its
 * digits ({@code -1001234567890}), an invite link as {@code invite_<hash>}; names that are no Telegram chat
 * (such as {@code ../x}) are rejected with {@link IllegalArgumentException}. {@code progress.json} reads
 * {@code {"version":1,"days":{"@ru_python":{"2025-11-07":{"min_id":..,"max_id":..,"count":..,
 * "checksum":"sha256:..","complete":true,"updated_at":".."}}}}}. I/O failures are {@link TransientFailure}s; a
 * day file or {@code progress.json} that is not valid JSON (edited by hand) is a
 * {@link io.telegate.ports.out.PermanentFailure} naming the file, which is never overwritten.
 */
public final class FileMessageArchive implements MessageArchive {

    private static final Logger LOG = LoggerFactory.getLogger(FileMessageArchive.class);
    private static final int DAY_LOCK_STRIPES = 64;

    private final ArchiveLayout layout;
    private final ProgressFile progress;
    private final VerifiedChecksums checksums = new VerifiedChecksums();
    private final Clock clock;
    private final ReentrantLock[] dayLocks = new ReentrantLock[DAY_LOCK_STRIPES];

    private FileMessageArchive(ArchiveLayout layout, Clock clock) {
        this.layout = layout;
        this.progress = new ProgressFile(layout);
        this.clock = clock;
        for (int i = 0; i < dayLocks.length; i++) {
            dayLocks[i] = new ReentrantLock();
        }
    }

    /** Opens the archive with the system clock; see {@link #open(FilesConfig, Clock)}. */
    public static FileMessageArchive open(FilesConfig config) {
        return open(config, Clock.systemUTC());
    }

    /**
     * Creates the data directory if needed and removes temp files that interrupted writes left behind.
     * {@code clock} stamps the {@code updated_at} of manifests.
     */
    public static FileMessageArchive open(FilesConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(config.dataDir());
            Path dataDir = config.dataDir().toRealPath();
            StaleTemps.clean(dataDir, config.staleTempAge());
            return new FileMessageArchive(new ArchiveLayout(dataDir), clock);
        } catch (IOException e) {
            throw new TransientFailure("could not open the archive in " + config.dataDir(), e);
        }
    }

    @Override
    public DayManifest write(ArchiveDay day, List<TelegramMessage> messages, boolean complete) {
        Objects.requireNonNull(day, "day");
        List<TelegramMessage> incoming = List.copyOf(messages);
        ChatFolder folder = ChatFolder.of(day.chat());
        Path file = layout.dayFile(folder, day.date());
        ReentrantLock lock = dayLocks[Math.floorMod(file.hashCode(), DAY_LOCK_STRIPES)];
        lock.lock();
        try {
            return writeLocked(day, folder.progressKey(), file, incoming, complete);
        } catch (IOException e) {
            throw new TransientFailure("could not write archive day " + day + " to " + file, e);
        } finally {
            lock.unlock();
        }
    }

    private DayManifest writeLocked(ArchiveDay day, String chatKey, Path file, List<TelegramMessage> incoming,
                                    boolean complete) throws IOException {
        long started = System.nanoTime();
        DayContent stored = DayFile.read(file, day.chat());
        List<TelegramMessage> merged = merge(stored.messages(), incoming);
        String checksum = stored.checksum();
        if (!stored.exists() || !merged.equals(stored.messages())) {
            checksum = DayFile.write(file, merged);
            checksums.remember(file, checksum);
        }
        Optional<ProgressEntry> recorded = progress.entry(chatKey, day.date());
        boolean wasComplete = recorded.filter(e -> e.complete() && e.checksum().equals(stored.checksum())).isPresent();
        DayManifest manifest = new DayManifest(day,
                merged.isEmpty() ? 0 : merged.getFirst().id(),
                merged.isEmpty() ? 0 : merged.getLast().id(),
                merged.size(), checksum, wasComplete || complete);
        ProgressEntry entry = ProgressEntry.of(manifest, clock.instant());
        if (recorded.filter(entry::sameDayAs).isEmpty()) {
            progress.record(chatKey, day.date(), entry);
        }
        LOG.debug("archived {}: {} given, {} stored in {}, complete={}, {} ms", day, incoming.size(), merged.size(),
                file, manifest.complete(), (System.nanoTime() - started) / 1_000_000);
        return manifest;
    }

    @Override
    public Optional<DayManifest> manifest(ArchiveDay day) {
        Objects.requireNonNull(day, "day");
        ChatFolder folder = ChatFolder.of(day.chat());
        Path file = layout.dayFile(folder, day.date());
        try {
            Optional<ProgressEntry> recorded = progress.entry(folder.progressKey(), day.date());
            if (recorded.isEmpty()) {
                return Optional.empty();
            }
            ProgressEntry entry = recorded.get();
            return Optional.of(entry.toManifest(day, entry.complete() && entry.checksum().equals(checksums.of(file))));
        } catch (IOException e) {
            throw new TransientFailure("could not read the manifest of archive day " + day, e);
        }
    }

    @Override
    public List<TelegramMessage> read(ArchiveDay day) {
        Objects.requireNonNull(day, "day");
        Path file = layout.dayFile(ChatFolder.of(day.chat()), day.date());
        try {
            List<TelegramMessage> messages = DayFile.read(file, day.chat()).messages();
            return isSortedById(messages) ? messages : merge(List.of(), messages);
        } catch (IOException e) {
            throw new TransientFailure("could not read archive day " + day + " from " + file, e);
        }
    }

    /** Stored messages with incoming ones merged in by id, later copies winning, in id order. */
    private static List<TelegramMessage> merge(List<TelegramMessage> stored, List<TelegramMessage> incoming) {
        if (stored.isEmpty() && isSortedById(incoming)) {
            return incoming;
        }
        TreeMap<Long, TelegramMessage> byId = new TreeMap<>();
        stored.forEach(m -> byId.put(m.id(), m));
        incoming.forEach(m -> byId.put(m.id(), m));
        return List.copyOf(byId.values());
    }

    private static boolean isSortedById(List<TelegramMessage> messages) {
        for (int i = 1; i < messages.size(); i++) {
            if (messages.get(i - 1).id() >= messages.get(i).id()) {
                return false;
            }
        }
        return true;
    }
}
