package io.telegate.sandbox;

import io.telegate.ports.model.bot.InlineButton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What users do to bots: write to them and press their inline buttons, each becoming an update. */
final class BotInbox {

    private final Users users;
    private final BotSender sender;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BotInbox(Users users, BotSender sender, Clock clock) {
        this.users = users;
        this.sender = sender;
        this.clock = clock;
    }

    /** A user writes to the bot in their private chat (which also unblocks it, like /start does). */
    BotUpdate userWrites(BotState bot, long userId, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        Peer user = BotTargets.userPeer(users.require(userId));
        bot.blockedBy.remove(userId);
        BotMessage message = new BotMessage(bot.nextDialogueId(userId), user, user,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), text, EntityScanner.scan(text), List.of(),
                OptionalLong.empty(), Optional.empty());
        return bot.updates.publish(id -> new BotUpdate(id, Optional.of(message), Optional.empty()));
    }

    /** A user presses the button with {@code data} under message {@code messageId} the bot sent them. */
    BotUpdate userPresses(BotState bot, long userId, long messageId, String data) {
        Peer user = BotTargets.userPeer(users.require(userId));
        SentBotMessage sent = bot.sent(userId, messageId).orElseThrow(() -> new SandboxNotFoundException(
                "bot " + bot.bot.id() + " sent no message " + messageId + " to user " + userId));
        boolean hasButton = sent.keyboard().stream().flatMap(List::stream).map(InlineButton::callbackData)
                .anyMatch(button -> button.filter(data::equals).isPresent());
        if (!hasButton) {
            throw new IllegalArgumentException("message " + messageId + " has no button with callback_data '"
                    + data + "'");
        }
        String queryId = Long.toUnsignedString(random.nextLong());
        bot.callbacksAnswered.put(queryId, false);
        BotUpdate.CallbackQuery query = new BotUpdate.CallbackQuery(queryId, user,
                Optional.of(sender.render(bot, sent)), data);
        return bot.updates.publish(id -> new BotUpdate(id, Optional.empty(), Optional.of(query)));
    }

    /** Answers a callback query once; an unknown or already answered id is a bad request. */
    void answer(BotState bot, String queryId, String text) {
        if (!bot.callbacksAnswered.replace(queryId, false, true)) {
            throw FormattedText.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        bot.answered(text == null ? "" : text);
    }
}
