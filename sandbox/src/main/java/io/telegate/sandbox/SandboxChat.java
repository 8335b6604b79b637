package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat of the sandbox as its control API shows it.
 *
 * @param id         Telegram-style id: the user's id for private chats, negative for groups, {@code -100...} otherwise
 * @param username   public username without {@code @}, when the chat is public
 * @param title      the title (the user's first name for private chats)
 * @param kind       private chat, group, supergroup or channel
 * @param inviteLink {@code https://t.me/+<hash>} for every chat that is not private
 */
public record SandboxChat(long id, Optional<String> username, String title, ChatKind kind, Optional<String> inviteLink) {

    public SandboxChat {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(inviteLink, "invite link");
    }

    /** How messages of this chat name it: {@code @username} when public, else the numeric id. */
    public String ref() {
        return username.map(name -> "@" + name).orElse(Long.toString(id));
    }
}
