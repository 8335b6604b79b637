package io.telegate.sandbox;

import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApi;

/** The {@link BotApi} port in-process over the sandbox, with the same checks and limits as its HTTP emulator. */
final class SandboxBotApi implements BotApi {

    private final SandboxBots bots;

    SandboxBotApi(SandboxBots bots) {
        this.bots = bots;
    }

    @Override
    public BotProfile getMe(BotToken bot) {
        SandboxBot me = bots.profile(bot);
        return new BotProfile(me.id(), me.username(), me.firstName());
    }

    @Override
    public SentMessage sendMessage(BotToken bot, OutgoingMessage message) {
        return sent(bots.send(bot, message));
    }

    @Override
    public SentMessage editMessageText(BotToken bot, long chatId, long messageId, OutgoingMessage replacement) {
        return sent(bots.edit(bot, chatId, messageId, replacement));
    }

    @Override
    public void answerCallbackQuery(BotToken bot, String callbackQueryId, String text) {
        bots.answerCallback(bot, callbackQueryId, text);
    }

    private static SentMessage sent(BotMessage message) {
        return new SentMessage(message.chat().id(), message.messageId(), message.date());
    }
}
