package io.telegate.bench;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.BotApiException;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link BotApi} that passes every call on and counts the 429 answers ({@code retry_after}) coming back. */
final class CountingBotApi implements BotApi {

    private final BotApi delegate;
    private final AtomicLong retryAfters = new AtomicLong();

    CountingBotApi(BotApi delegate) {
        this.delegate = delegate;
    }

    long retryAfters() {
        return retryAfters.get();
    }

    @Override
    public BotProfile getMe(BotToken bot) {
        return delegate.getMe(bot);
    }

    @Override
    public SentMessage sendMessage(BotToken bot, OutgoingMessage message) {
        try {
            return delegate.sendMessage(bot, message);
        } catch (BotApiException e) {
            if (e.error() instanceof BotApiError.RetryAfter) {
                retryAfters.incrementAndGet();
            }
            throw e;
        }
    }

    @Override
    public SentMessage editMessageText(BotToken bot, long chatId, long messageId, OutgoingMessage replacement) {
        return delegate.editMessageText(bot, chatId, messageId, replacement);
    }

    @Override
    public void answerCallbackQuery(BotToken bot, String callbackQueryId, String text) {
        delegate.answerCallbackQuery(bot, callbackQueryId, text);
    }
}
