package io.telegate.adapters.files;

import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.testkit.fixtures.Messages;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A separate JVM for {@link CrossProcessProgressIT}: writes {@code days} days of one chat into a data directory.
 * Arguments: data directory, chat, first date, number of days.
 */
final class ArchiveWriterProcess {

    private ArchiveWriterProcess() {
    }

    public static void main(String[] args) {
        FileMessageArchive archive = FileMessageArchive.open(new FilesConfig(Path.of(args[0])));
        String chat = args[1];
        LocalDate first = LocalDate.parse(args[2]);
        int days = Integer.parseInt(args[3]);
        for (int d = 0; d < days; d++) {
            ArchiveDay day = new ArchiveDay(chat, first.plusDays(d));
            archive.write(day, Messages.day(chat, day.date(), 1 + d % 5), true);
        }
    }
}
