package io.telegate.sandbox;

import io.telegate.ports.model.bot.BotToken;
import java.util.Objects;

/** A bot of the sandbox: its user id (the token's prefix), username, display name and token. */
public record SandboxBot(long id, String username, String firstName, BotToken token) {

    public SandboxBot {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(firstName, "first_name");
        Objects.requireNonNull(token, "token");
        if (token.botId() != id) {
            throw new IllegalArgumentException("the token's prefix must be the bot id " + id);
        }
    }
}
