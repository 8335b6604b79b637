package io.telegate.ports.out;

import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;

/**
 * The Telegram Bot API, one call per method, no retries and no rate limiting (the core owns both).
 *
 * <p>Contract: every failure is a {@link BotApiException} whose {@link io.telegate.ports.model.bot.BotApiError}
 * is one of the closed set: retry-after (429 with the wait), forbidden (403), chat not found, chat migrated,
 * bad request (other 400s), unauthorized (bad token), transport (network or 5xx, with whether the request may
 * have arrived). Tokens never appear in exception messages. Thread-safe.
 */
public interface BotApi {

    /** The bot behind the token. */
    BotProfile getMe(BotToken bot);

    /** Sends a text message. */
    SentMessage sendMessage(BotToken bot, OutgoingMessage message);

    /** Replaces the text (and keyboard) of a message the bot sent earlier. */
    SentMessage editMessageText(BotToken bot, long chatId, long messageId, OutgoingMessage replacement);

    /** Answers a callback query (a pressed inline button), optionally with a toast text. */
    void answerCallbackQuery(BotToken bot, String callbackQueryId, String text);
}
