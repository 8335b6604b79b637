package io.telegate.sandbox.http;

import io.telegate.ports.model.bot.BotToken;

/** Parses bot tokens from control requests without ever echoing them back. */
final class BotTokens {

    private BotTokens() {
    }

    static BotToken parse(String token) {
        try {
            return new BotToken(token.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a bot token (expected <digits>:<secret>)");
        }
    }
}
