package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A user, bot or chat as the Bot API shows it inside messages and updates.
 *
 * @param id       user or chat id
 * @param name     first name for users and bots, title for chats
 * @param username public username without {@code @}
 * @param kind     {@link ChatKind#PRIVATE} for users and bots
 * @param bot      true for bots
 */
public record Peer(long id, String name, Optional<String> username, ChatKind kind, boolean bot) {

    public Peer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
    }
}
