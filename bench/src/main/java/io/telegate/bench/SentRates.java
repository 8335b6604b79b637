package io.telegate.bench;

import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SentBotMessage;
import io.telegate.sandbox.TelegramSandbox;
import java.util.List;

/**
 * Each bot's sustained send rate as the emulator recorded it. The emulator dates messages to the second, as
 * Telegram does, so the rate counts the messages of the whole seconds between the bot's first and last second
 * (the partial first and last seconds are left out); a bot whose sends span fewer than three seconds is rated
 * over all of them.
 */
final class SentRates {

    private SentRates() {
    }

    static List<Double> of(TelegramSandbox sandbox, List<BotToken> bots) {
        return bots.stream().map(bot -> sustained(sandbox.sentBy(bot))).toList();
    }

    /** How many messages the emulator recorded for these bots. */
    static long received(TelegramSandbox sandbox, List<BotToken> bots) {
        return bots.stream().mapToLong(bot -> sandbox.sentBy(bot).size()).sum();
    }

    static double sustained(List<SentBotMessage> sent) {
        if (sent.isEmpty()) {
            return 0;
        }
        long first = sent.stream().mapToLong(m -> m.date().getEpochSecond()).min().orElseThrow();
        long last = sent.stream().mapToLong(m -> m.date().getEpochSecond()).max().orElseThrow();
        if (last - first < 2) {
            return sent.size() / (double) (last - first + 1);
        }
        long inner = sent.stream().mapToLong(m -> m.date().getEpochSecond()).filter(s -> s > first && s < last).count();
        return inner / (double) (last - first - 1);
    }
}
