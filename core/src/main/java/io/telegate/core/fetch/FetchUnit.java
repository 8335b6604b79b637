package io.telegate.core.fetch;

import io.telegate.ports.model.fetch.ArchiveDay;
import java.time.Instant;
import java.util.Objects;

/**
 * One chat-day of a fetch command: the messages dated in {@code [from, until)}.
 *
 * @param day    the chat-day it fills
 * @param from   start of the day in the command's time zone
 * @param until  start of the next day
 * @param closed true when the day had ended when the plan was made, so fetching it all completes it
 */
public record FetchUnit(ArchiveDay day, Instant from, Instant until, boolean closed) {

    public FetchUnit {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** The lease name that keeps two processes from writing this day at once. */
    public String leaseName() {
        return "fetch:" + day.chat() + ":" + day.date();
    }
}
