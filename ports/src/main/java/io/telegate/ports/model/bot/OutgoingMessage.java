package io.telegate.ports.model.bot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A text message a bot sends.
 *
 * @param chatId    the target chat: a numeric id or a channel's {@code @username}
 * @param text      1 to 4096 characters after entity parsing
 * @param parseMode {@code HTML}, {@code MarkdownV2} or {@code Markdown}, when formatted
 * @param keyboard  rows of inline buttons, empty for none
 * @param silent    deliver without a notification sound
 * @param replyTo   the message to answer, if any
 */
public record OutgoingMessage(String chatId, String text, Optional<String> parseMode,
                              List<List<InlineButton>> keyboard, boolean silent, OptionalLong replyTo) {

    /** Telegram's limit on the length of one message's text. */
    public static final int MAX_TEXT_LENGTH = 4096;

    public OutgoingMessage {
        Objects.requireNonNull(chatId, "chat_id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parseMode, "parse_mode");
        keyboard = keyboard.stream().map(List::copyOf).toList();
        Objects.requireNonNull(replyTo, "reply_to");
    }

    /** A plain text message without keyboard. */
    public static OutgoingMessage plain(String chatId, String text) {
        return new OutgoingMessage(chatId, text, Optional.empty(), List.of(), false, OptionalLong.empty());
    }

    /** The same message addressed to another chat (after a group migrated to a supergroup). */
    public OutgoingMessage to(String otherChatId) {
        return new OutgoingMessage(otherChatId, text, parseMode, keyboard, silent, replyTo);
    }
}
