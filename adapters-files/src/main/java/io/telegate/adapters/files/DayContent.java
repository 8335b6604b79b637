package io.telegate.adapters.files;

import io.telegate.ports.model.TelegramMessage;
import java.util.List;

/**
 * A day file as read from disk.
 *
 * @param messages the messages in file order
 * @param checksum the checksum of the file's bytes (of no bytes when the file is missing)
 * @param exists   false when there is no file
 */
record DayContent(List<TelegramMessage> messages, String checksum, boolean exists) {

    static final DayContent MISSING = new DayContent(List.of(), Checksums.of(new byte[0]), false);

    DayContent {
        messages = List.copyOf(messages);
    }
}
