package io.telegate.sandbox;

import io.telegate.ports.model.bot.InlineButton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A message a bot sent, as the sandbox recorded it (its latest text when it was edited).
 *
 * @param chatId    the chat it landed in
 * @param messageId its id in that chat
 * @param text      the text as sent (before entity parsing)
 * @param date      when it was sent
 * @param parseMode the parse mode it was sent with
 * @param keyboard  its inline keyboard rows
 * @param replyTo   the message it answered
 * @param editedAt  when it was last edited
 */
public record SentBotMessage(long chatId, long messageId, String text, Instant date, Optional<String> parseMode,
                             List<List<InlineButton>> keyboard, OptionalLong replyTo, Optional<Instant> editedAt) {

    public SentBotMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(parseMode, "parse_mode");
        keyboard = keyboard.stream().map(List::copyOf).toList();
        Objects.requireNonNull(replyTo, "reply_to");
        Objects.requireNonNull(editedAt, "edited_at");
    }

    /** This message after an edit at {@code when}. */
    SentBotMessage edited(String newText, Optional<String> newParseMode, List<List<InlineButton>> newKeyboard,
                          Instant when) {
        return new SentBotMessage(chatId, messageId, newText, date, newParseMode, newKeyboard, replyTo,
                Optional.of(when));
    }
}
