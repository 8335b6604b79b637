package io.telegate.ports.model.fetch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One chat's one calendar day in the archive: the unit of fetching, storing and resuming.
 *
 * @param chat the chat as the command named it
 * @param date the calendar day (in the command's time zone)
 */
public record ArchiveDay(String chat, LocalDate date) {

    public ArchiveDay {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public String toString() {
        return chat + "/" + date;
    }
}
