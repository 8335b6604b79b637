package io.telegate.ports.model.bot;

import java.util.Objects;

/** The bot's own user as {@code getMe} returns it. */
public record BotProfile(long id, String username, String firstName) {

    public BotProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(firstName, "first_name");
    }
}
