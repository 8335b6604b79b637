package io.telegate.core.notify;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.BotApiException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The sandbox's Bot API with scripted trouble for the next {@code sendMessage} calls: a failure before the request
 * leaves, a reply lost after Telegram got the message, or the process dying right after the send.
 */
final class ScriptedBotApi implements BotApi {

    private sealed interface Step {
    }

    private record FailBefore(BotApiError error) implements Step {
    }

    private record FailAfter(BotApiError error) implements Step {
    }

    private record CrashAfter() implements Step {
    }

    private record Pass() implements Step {
    }

    private record Throw(RuntimeException exception) implements Step {
    }

    private final BotApi telegram;
    private final Deque<Step> script = new ArrayDeque<>();
    private final AtomicInteger sendCalls = new AtomicInteger();
    private volatile Consumer<OutgoingMessage> beforeSend = message -> { };

    ScriptedBotApi(BotApi telegram) {
        this.telegram = telegram;
    }

    /** The next call goes to Telegram as usual (to script trouble for a later one). */
    synchronized ScriptedBotApi passNext() {
        script.addLast(new Pass());
        return this;
    }

    /** The next call fails with {@code error} without reaching Telegram. */
    synchronized ScriptedBotApi failNext(BotApiError error) {
        script.addLast(new FailBefore(error));
        return this;
    }

    /** The next call reaches Telegram, which delivers the message, but the answer is lost as {@code error}. */
    synchronized ScriptedBotApi loseReplyOfNext(BotApiError error) {
        script.addLast(new FailAfter(error));
        return this;
    }

    /** The next call is delivered, then the process dies before it learns the message id. */
    synchronized ScriptedBotApi crashAfterNext() {
        script.addLast(new CrashAfter());
        return this;
    }

    /** The next call throws {@code exception}, as an adapter breaking its contract would. */
    synchronized ScriptedBotApi throwNext(RuntimeException exception) {
        script.addLast(new Throw(exception));
        return this;
    }

    /** Runs {@code hook} at the start of every send, before the message goes out. */
    void beforeSend(Consumer<OutgoingMessage> hook) {
        beforeSend = hook;
    }

    /** How many times {@code sendMessage} was called, successful or not. */
    int sendCalls() {
        return sendCalls.get();
    }

    @Override
    public SentMessage sendMessage(BotToken bot, OutgoingMessage message) {
        sendCalls.incrementAndGet();
        beforeSend.accept(message);
        Step step = next();
        switch (step) {
            case FailBefore f -> throw new BotApiException(f.error());
            case FailAfter f -> {
                telegram.sendMessage(bot, message);
                throw new BotApiException(f.error());
            }
            case Throw t -> throw t.exception();
            case CrashAfter c -> {
                telegram.sendMessage(bot, message);
                throw new SimulatedCrash("after sendMessage");
            }
            case Pass p -> {
                return telegram.sendMessage(bot, message);
            }
            case null -> {
                return telegram.sendMessage(bot, message);
            }
        }
    }

    private synchronized Step next() {
        return script.pollFirst();
    }

    @Override
    public BotProfile getMe(BotToken bot) {
        return telegram.getMe(bot);
    }

    @Override
    public SentMessage editMessageText(BotToken bot, long chatId, long messageId, OutgoingMessage replacement) {
        return telegram.editMessageText(bot, chatId, messageId, replacement);
    }

    @Override
    public void answerCallbackQuery(BotToken bot, String callbackQueryId, String text) {
        telegram.answerCallbackQuery(bot, callbackQueryId, text);
    }
}
