package io.telegate.sandbox;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.BotApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sends and edits bot messages: checks the text, the chat and the rate limits in Telegram's order, stores the
 * message (in the chat's history for groups and channels) and records it for {@code sentBy}.
 */
final class BotSender {

    private final BotTargets targets;
    private final Clock clock;

    BotSender(BotTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    BotMessage send(BotState bot, OutgoingMessage message) {
        FormattedText text = FormattedText.parse(message.text(), message.parseMode());
        BotTarget target = targets.resolve(bot, message.chatId());
        long replyTo = message.replyTo().orElse(0);
        if (replyTo > 0 && !replyExists(bot, target, replyTo)) {
            throw FormattedText.badRequest("message to be replied not found");
        }
        Optional<Duration> wait = bot.limiter.acquire(target.peer().id(), target.peer().kind());
        if (wait.isPresent()) {
            throw new BotApiException(new BotApiError.RetryAfter(wait.get(),
                    "Too Many Requests: retry after " + wait.get().toSeconds()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long messageId;
        Instant date = now;
        if (target.chat().isPresent()) {
            var stored = target.chat().get().append(now, bot.bot.id(), replyTo, text.text());
            messageId = stored.id();
            date = stored.date();
        } else {
            messageId = bot.nextDialogueId(target.peer().id());
        }
        SentBotMessage sent = new SentBotMessage(target.peer().id(), messageId, message.text(), date,
                message.parseMode(), message.keyboard(), message.replyTo(), Optional.empty());
        bot.record(sent);
        return render(bot, sent);
    }

    BotMessage edit(BotState bot, long chatId, long messageId, OutgoingMessage replacement) {
        FormattedText text = FormattedText.parse(replacement.text(), replacement.parseMode());
        SentBotMessage sent = bot.sent(chatId, messageId)
                .orElseThrow(() -> FormattedText.badRequest("message to edit not found"));
        if (sent.text().equals(replacement.text()) && sent.parseMode().equals(replacement.parseMode())
                && sent.keyboard().equals(replacement.keyboard())) {
            throw FormattedText.badRequest("message is not modified: specified new message content and reply "
                    + "markup are exactly the same as a current content and reply markup of the message");
        }
        SentBotMessage edited = sent.edited(replacement.text(), replacement.parseMode(), replacement.keyboard(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        bot.record(edited);
        if (chatId < 0) {
            targets.resolve(bot, Long.toString(chatId)).chat().ifPresent(chat -> chat.store.replaceText(messageId,
                    text.text()));
        }
        return render(bot, edited);
    }

    /** The Bot API view of a message the bot sent. */
    BotMessage render(BotState bot, SentBotMessage sent) {
        FormattedText text = FormattedText.parse(sent.text(), sent.parseMode());
        return new BotMessage(sent.messageId(), BotTargets.botPeer(bot.bot), targets.peer(sent.chatId()), sent.date(),
                text.text(), text.entities(), sent.keyboard(), sent.replyTo(), sent.editedAt());
    }

    private static boolean replyExists(BotState bot, BotTarget target, long replyTo) {
        return target.chat().map(chat -> chat.store.contains(replyTo))
                .orElseGet(() -> bot.dialogueHas(target.peer().id(), replyTo));
    }
}
