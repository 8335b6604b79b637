package io.telegate.adapters.files;

import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code progress.json}: one document for every chat and day, cached in memory and read again whenever its
 * stamp shows that another process (or another archive on the same directory) replaced it.
 *
 * <p>An update is a read-modify-write under two locks: a lock per file shared by the whole JVM (a
 * {@link FileLock} is held per process, so two archives in one JVM must not race for it) and a {@link FileLock}
 * on {@code .progress.lock} for other processes. Under the lock the file is read again (cheaply: compared
 * byte for byte with the last known content), so no process drops another's entries. Updates are grouped: the
 * thread holding the lock writes the updates of every thread queued behind it in one atomic rewrite.
 */
final class ProgressFile {

    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final ReentrantLock jvmLock;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private volatile ProgressSnapshot snapshot = ProgressSnapshot.UNREAD;

    ProgressFile(ArchiveLayout layout) {
        this.file = layout.progressFile();
        this.lockFile = layout.progressLock();
        this.jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    }

    /** The recorded entry of one day, as the file holds it now. */
    Optional<ProgressEntry> entry(String chatKey, LocalDate date) throws IOException {
        return Optional.ofNullable(current().entry(chatKey, date.toString()));
    }

    /** Records one day's entry durably; returns once it is in the file. */
    void record(String chatKey, LocalDate date, ProgressEntry entry) {
        Pending mine = new Pending(new ProgressSnapshot.Update(chatKey, date.toString(), entry));
        pending.add(mine);
        jvmLock.lock();
        try {
            if (!mine.done) {
                commitPending();
            }
        } finally {
            jvmLock.unlock();
        }
        if (mine.failure != null) {
            String message = "could not record the progress of " + chatKey + " " + date;
            throw mine.failure.isTransient() ? new TransientFailure(message, mine.failure)
                    : new PermanentFailure(message, mine.failure);
        }
    }

    private ProgressSnapshot current() throws IOException {
        FileStamp stamp = FileStamp.of(file);
        ProgressSnapshot seen = snapshot;
        if (stamp.equals(seen.stamp())) {
            return seen;
        }
        ProgressSnapshot fresh = parse(stamp, readOrEmpty());
        snapshot = fresh;
        return fresh;
    }

    private void commitPending() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            batch.add(next);
        }
        TelegateException failure = new TransientFailure("the update of " + file + " was cut short");
        try {
            commit(batch.stream().map(p -> p.update).toList());
            failure = null;
        } catch (IOException e) {
            failure = new TransientFailure("could not update " + file, e);
        } catch (TelegateException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new PermanentFailure("could not update " + file, e);
        } finally {
            for (Pending p : batch) {
                p.failure = failure;
                p.done = true;
            }
        }
    }

    private void commit(List<ProgressSnapshot.Update> updates) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                ProgressSnapshot base = reloadUnderLock();
                Map<String, Map<String, ProgressEntry>> days = base.with(updates);
                byte[] bytes = ArchiveJson.PROGRESS_WRITER.writeValueAsBytes(
                        new ProgressDocument(ProgressDocument.VERSION, days));
                // Not durable: losing this rename in a crash only makes the days it records look unfetched again.
                AtomicFiles.replace(file, out -> out.write(bytes), false);
                snapshot = new ProgressSnapshot(FileStamp.of(file), bytes, days);
            } finally {
                lock.release();
            }
        }
    }

    private ProgressSnapshot reloadUnderLock() throws IOException {
        FileStamp stamp = FileStamp.of(file);
        byte[] bytes = readOrEmpty();
        ProgressSnapshot seen = snapshot;
        if (seen.bytes() != null && Arrays.equals(bytes, seen.bytes())) {
            return seen;
        }
        return parse(stamp, bytes);
    }

    private byte[] readOrEmpty() throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private ProgressSnapshot parse(FileStamp stamp, byte[] bytes) {
        if (bytes.length == 0) {
            return new ProgressSnapshot(stamp, bytes, Map.of());
        }
        ProgressDocument document;
        try {
            document = ArchiveJson.PROGRESS_READER.readValue(bytes);
        } catch (IOException e) {
            throw new PermanentFailure(file + " is not a valid progress document; move it aside and the archive"
                    + " fetches and merges its days again", e);
        }
        if (document.version() != ProgressDocument.VERSION) {
            throw new PermanentFailure(file + " has format version " + document.version()
                    + "; this archive reads version " + ProgressDocument.VERSION);
        }
        Map<String, Map<String, ProgressEntry>> days = new TreeMap<>();
        if (document.days() != null) {
            document.days().forEach((chat, dates) -> {
                Map<String, ProgressEntry> entries = new TreeMap<>();
                if (dates != null) {
                    dates.forEach((date, entry) -> {
                        if (entry != null) {
                            entries.put(date, entry);
                        }
                    });
                }
                days.put(chat, entries);
            });
        }
        return new ProgressSnapshot(stamp, bytes, days);
    }

    /** One thread's update waiting for the lock; its fields are only touched under {@link #jvmLock}. */
    private static final class Pending {
        private final ProgressSnapshot.Update update;
        private boolean done;
        private TelegateException failure;

        private Pending(ProgressSnapshot.Update update) {
            this.update = update;
        }
    }
}
