package io.telegate.ports.out;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import java.util.List;
import java.util.Optional;

/**
 * The archive of chat history, one file (or record) per chat-day.
 *
 * <p>Contract: {@link #write} merges the given messages into the day by message id (a message already
 * stored is kept once; the newer copy wins), keeps the day sorted by id, and is atomic: a reader or a crash
 * sees the day either before or after the write, never half of it and never invalid JSON. The manifest is
 * recorded only after the data it describes is durable, and a day is complete only when the caller says so.
 * Thread-safe for different days; one day must have one writer at a time (callers hold a lease).
 */
public interface MessageArchive {

    /** Merges messages into the day and records its manifest; returns the new manifest. */
    DayManifest write(ArchiveDay day, List<TelegramMessage> messages, boolean complete);

    /** The day's manifest, empty when nothing was ever written for it. */
    Optional<DayManifest> manifest(ArchiveDay day);

    /** The day's messages in id order, empty when none. */
    List<TelegramMessage> read(ArchiveDay day);
}
