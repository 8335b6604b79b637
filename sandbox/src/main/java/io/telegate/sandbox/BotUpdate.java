package io.telegate.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * One update for a bot: a message a user wrote to it, or a pressed inline button.
 *
 * @param updateId      increasing per bot
 * @param message       the new message, for message updates
 * @param callbackQuery the pressed button, for callback updates
 */
public record BotUpdate(long updateId, Optional<BotMessage> message, Optional<CallbackQuery> callbackQuery) {

    public BotUpdate {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(callbackQuery, "callback_query");
        if (message.isPresent() == callbackQuery.isPresent()) {
            throw new IllegalArgumentException("an update carries exactly one of message and callback_query");
        }
    }

    /**
     * A pressed inline button.
     *
     * @param id      the query id to answer with {@code answerCallbackQuery}
     * @param from    the user who pressed it
     * @param message the bot's message the button belongs to, when the sandbox still knows it
     * @param data    the button's callback data
     */
    public record CallbackQuery(String id, Peer from, Optional<BotMessage> message, String data) {
        public CallbackQuery {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(data, "data");
        }
    }
}
