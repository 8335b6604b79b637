package io.telegate.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.out.MessageArchive;
import io.telegate.testkit.fixtures.Concurrently;
import io.telegate.testkit.fixtures.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MessageArchive} promises; an adapter's test extends this class and supplies a
 * fresh archive.
 *
 * <p>Besides the port's Javadoc, this suite fixes these rules:
 * <ul>
 *   <li><b>Newer copy wins</b> means the copy given to the later write (within one write, the later one in the
 *       list). The archive compares ids only, never dates or contents.</li>
 *   <li><b>The complete flag is sticky</b>: after a write the day is complete when this write says
 *       {@code complete} or the day already was complete. Merging never removes a message, so a day once
 *       stored whole stays whole: re-fetching a complete day and writing it again with {@code complete=true}
 *       is the normal path, and a partial write to a complete day (a late retry of one batch) keeps it
 *       complete. Only a write with {@code complete=true} makes a day complete.</li>
 *   <li><b>An empty write records a manifest</b> ({@code count} 0, {@code minId} and {@code maxId} 0), so a
 *       fully fetched day without messages is known and not fetched again.</li>
 *   <li><b>The checksum</b> is {@code sha256:} and 64 lower-case hex digits over the stored messages only: it
 *       stays equal while the day's messages stay equal, changes when a message is added or replaced by a
 *       different copy, and ignores the complete flag. Its exact value is the adapter's (it hashes its own
 *       bytes), so this suite never compares it across implementations.</li>
 * </ul>
 *
 * <p>Over 200 lines because one port gets one suite, which an adapter extends with a single class.
 */
public abstract class MessageArchiveContract {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 7);
    private static final ArchiveDay DAY = new ArchiveDay("@ru_python", DATE);

    private MessageArchive archive;

    /** A new, empty archive; called before each test. */
    protected abstract MessageArchive newArchive();

    @BeforeEach
    void createArchive() {
        archive = newArchive();
    }

    @Test
    void aDayNeverWrittenReadsEmptyAndHasNoManifest() {
        assertThat(archive.read(DAY)).isEmpty();
        assertThat(archive.manifest(DAY)).isEmpty();
    }

    @Test
    void storedMessagesComeBackWithEveryFieldInIdOrder() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 40);
        List<TelegramMessage> shuffled = new ArrayList<>(messages);
        Collections.shuffle(shuffled, new Random(7));

        archive.write(DAY, shuffled, false);

        assertThat(archive.read(DAY)).containsExactlyElementsOf(messages);
    }

    @Test
    void writeReturnsTheManifestItRecorded() {
        DayManifest returned = archive.write(DAY, Messages.day(DAY.chat(), DATE, 5), true);

        assertThat(archive.manifest(DAY)).contains(returned);
    }

    @Test
    void manifestDescribesTheStoredMessages() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 12);

        DayManifest manifest = archive.write(DAY, messages, false);

        assertThat(manifest.day()).isEqualTo(DAY);
        assertThat(manifest.minId()).isEqualTo(messages.getFirst().id());
        assertThat(manifest.maxId()).isEqualTo(messages.getLast().id());
        assertThat(manifest.count()).isEqualTo(12);
        assertThat(manifest.checksum()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void overlappingWritesKeepEachMessageOnce() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 50);

        archive.write(DAY, messages.subList(20, 50), false);
        DayManifest manifest = archive.write(DAY, messages.subList(0, 30), false);

        assertThat(archive.read(DAY)).containsExactlyElementsOf(messages);
        assertThat(manifest.count()).isEqualTo(50);
        assertThat(manifest.minId()).isEqualTo(messages.getFirst().id());
        assertThat(manifest.maxId()).isEqualTo(messages.getLast().id());
    }

    @Test
    void theCopyOfTheLaterWriteReplacesTheStoredOne() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 10);
        archive.write(DAY, messages, false);
        TelegramMessage edited = Messages.edited(messages.get(4), "edited text");

        DayManifest manifest = archive.write(DAY, List.of(edited), false);

        assertThat(archive.read(DAY)).hasSize(10).contains(edited).doesNotContain(messages.get(4));
        assertThat(manifest.count()).isEqualTo(10);
    }

    @Test
    void withinOneWriteTheLaterCopyOfAnIdWins() {
        TelegramMessage original = Messages.day(DAY.chat(), DATE, 1).getFirst();
        TelegramMessage edited = Messages.edited(original, "second copy");

        archive.write(DAY, List.of(original, edited), false);

        assertThat(archive.read(DAY)).containsExactly(edited);
    }

    @Test
    void checksumStaysEqualWhileTheMessagesStayEqual() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 20);
        String first = archive.write(DAY, messages, false).checksum();

        String rewritten = archive.write(DAY, messages.subList(5, 15), false).checksum();
        String completed = archive.write(DAY, List.of(), true).checksum();

        assertThat(rewritten).isEqualTo(first);
        assertThat(completed).isEqualTo(first);
    }

    @Test
    void checksumChangesWhenAMessageIsAdded() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 20);
        String before = archive.write(DAY, messages.subList(0, 19), false).checksum();

        String after = archive.write(DAY, messages.subList(19, 20), false).checksum();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void checksumChangesWhenAMessageIsReplacedByADifferentCopy() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 20);
        String before = archive.write(DAY, messages, false).checksum();

        String after = archive.write(DAY, List.of(Messages.edited(messages.get(3), "changed")), false).checksum();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aDayIsCompleteOnlyOnceTheCallerSaysSo() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 30);

        assertThat(archive.write(DAY, messages.subList(0, 10), false).complete()).isFalse();
        assertThat(archive.write(DAY, messages.subList(10, 30), false).complete()).isFalse();
        assertThat(archive.manifest(DAY)).hasValueSatisfying(m -> assertThat(m.complete()).isFalse());
        assertThat(archive.write(DAY, messages, true).complete()).isTrue();
        assertThat(archive.manifest(DAY)).hasValueSatisfying(m -> assertThat(m.complete()).isTrue());
    }

    @Test
    void aPartialWriteToACompleteDayKeepsItComplete() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 30);
        archive.write(DAY, messages.subList(0, 20), true);

        DayManifest manifest = archive.write(DAY, messages.subList(15, 30), false);

        assertThat(manifest.complete()).isTrue();
        assertThat(manifest.count()).isEqualTo(30);
        assertThat(archive.manifest(DAY)).contains(manifest);
    }

    @Test
    void rewritingACompleteDayAsCompleteKeepsItComplete() {
        List<TelegramMessage> messages = Messages.day(DAY.chat(), DATE, 30);
        archive.write(DAY, messages, true);

        DayManifest manifest = archive.write(DAY, messages, true);

        assertThat(manifest.complete()).isTrue();
        assertThat(manifest.count()).isEqualTo(30);
    }

    @Test
    void anEmptyCompleteWriteRecordsAnEmptyCompleteDay() {
        DayManifest manifest = archive.write(DAY, List.of(), true);

        assertThat(manifest).isEqualTo(new DayManifest(DAY, 0, 0, 0, manifest.checksum(), true));
        assertThat(manifest.checksum()).matches("sha256:[0-9a-f]{64}");
        assertThat(archive.read(DAY)).isEmpty();
        assertThat(archive.manifest(DAY)).contains(manifest);
    }

    @Test
    void daysOfOtherDatesAndOtherChatsAreSeparate() {
        ArchiveDay nextDay = new ArchiveDay(DAY.chat(), DATE.plusDays(1));
        ArchiveDay otherChat = new ArchiveDay("@ru_golang", DATE);
        List<TelegramMessage> today = Messages.day(DAY.chat(), DATE, 5);
        List<TelegramMessage> tomorrow = Messages.day(DAY.chat(), nextDay.date(), 7);

        archive.write(DAY, today, true);
        archive.write(nextDay, tomorrow, false);

        assertThat(archive.read(DAY)).containsExactlyElementsOf(today);
        assertThat(archive.read(nextDay)).containsExactlyElementsOf(tomorrow);
        assertThat(archive.read(otherChat)).isEmpty();
        assertThat(archive.manifest(otherChat)).isEmpty();
        assertThat(archive.manifest(nextDay)).hasValueSatisfying(m -> {
            assertThat(m.count()).isEqualTo(7);
            assertThat(m.complete()).isFalse();
        });
    }

    @Test
    void concurrentWritesToDifferentDaysAreAllKept() {
        int threads = 8;
        int batches = 10;
        int perBatch = 20;
        Concurrently.run(threads, t -> {
            ArchiveDay day = new ArchiveDay("@chat_" + t, DATE.plusDays(t));
            List<TelegramMessage> all = Messages.day(day.chat(), day.date(), batches * perBatch);
            for (int b = batches - 1; b >= 0; b--) {
                archive.write(day, all.subList(b * perBatch, (b + 1) * perBatch), b == 0);
            }
        });

        for (int t = 0; t < threads; t++) {
            ArchiveDay day = new ArchiveDay("@chat_" + t, DATE.plusDays(t));
            List<TelegramMessage> expected = Messages.day(day.chat(), day.date(), batches * perBatch);
            assertThat(archive.read(day)).containsExactlyElementsOf(expected);
            assertThat(archive.manifest(day)).hasValueSatisfying(m -> {
                assertThat(m.count()).isEqualTo(batches * perBatch);
                assertThat(m.minId()).isEqualTo(expected.getFirst().id());
                assertThat(m.maxId()).isEqualTo(expected.getLast().id());
                assertThat(m.complete()).isTrue();
            });
        }
    }

    @Test
    void readersNeverSeeHalfOfAWrite() {
        int batches = 30;
        int perBatch = 25;
        List<TelegramMessage> all = Messages.day(DAY.chat(), DATE, batches * perBatch);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        Concurrently.run(2, t -> {
            if (t == 0) {
                for (int b = 0; b < batches; b++) {
                    archive.write(DAY, all.subList(b * perBatch, (b + 1) * perBatch), false);
                }
                writing.set(false);
                return;
            }
            while (writing.get() || reads.get() == 0) {
                List<TelegramMessage> seen = archive.read(DAY);
                assertThat(seen.size() % perBatch).as("messages seen mid-write").isZero();
                assertThat(seen).containsExactlyElementsOf(all.subList(0, seen.size()));
                archive.manifest(DAY).ifPresent(m -> assertThat(m.count() % perBatch).isZero());
                reads.incrementAndGet();
            }
        });

        assertThat(archive.read(DAY)).containsExactlyElementsOf(all);
    }
}
