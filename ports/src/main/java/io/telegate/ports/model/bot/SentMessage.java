package io.telegate.ports.model.bot;

import java.time.Instant;
import java.util.Objects;

/**
 * What Telegram answered for a sent or edited message.
 *
 * @param chatId    the chat it landed in (numeric id)
 * @param messageId Telegram's id of the message in that chat
 * @param date      Telegram's timestamp of the message
 */
public record SentMessage(long chatId, long messageId, Instant date) {

    public SentMessage {
        Objects.requireNonNull(date, "date");
    }
}
