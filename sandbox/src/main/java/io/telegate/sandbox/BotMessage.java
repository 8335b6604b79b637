package io.telegate.sandbox;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.bot.InlineButton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A message as the Bot API returns it: what a bot sent, or what a user wrote to a bot.
 *
 * @param messageId id in the chat
 * @param from      the sender (a user or the bot)
 * @param chat      the chat it is in
 * @param date      when it was sent
 * @param text      plain text after entity parsing
 * @param entities  formatting entities of {@code text}
 * @param keyboard  inline keyboard rows
 * @param replyTo   the message it answers
 * @param editDate  when it was last edited
 */
public record BotMessage(long messageId, Peer from, Peer chat, Instant date, String text, List<MessageEntity> entities,
                         List<List<InlineButton>> keyboard, OptionalLong replyTo, Optional<Instant> editDate) {

    public BotMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        keyboard = keyboard.stream().map(List::copyOf).toList();
        Objects.requireNonNull(replyTo, "reply_to");
        Objects.requireNonNull(editDate, "edit_date");
    }
}
