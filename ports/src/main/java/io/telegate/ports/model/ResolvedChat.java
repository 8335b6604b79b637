package io.telegate.ports.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A chat that Telegram has confirmed exists and that a session can see.
 *
 * @param id       Telegram's numeric chat id
 * @param username its public username without {@code @}, when it has one
 * @param title    its title (the user's name for private chats)
 * @param kind     private chat, group, supergroup or channel
 */
public record ResolvedChat(long id, Optional<String> username, String title, ChatKind kind) {

    public ResolvedChat {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }

    /** The chat reference callers should use from now on: the username if public, else the id. */
    public ChatRef ref() {
        return username.<ChatRef>map(ChatRef.Username::new).orElseGet(() -> new ChatRef.NumericId(id));
    }
}
