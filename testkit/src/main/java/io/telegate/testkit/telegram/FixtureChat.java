package io.telegate.testkit.telegram;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat a {@link TelegramFixture} arranged.
 *
 * @param id         Telegram's numeric id
 * @param username   its public username without {@code @}, when public
 * @param inviteLink its invite link, when it has one
 * @param kind       group, supergroup or channel
 */
public record FixtureChat(long id, Optional<String> username, Optional<String> inviteLink, ChatKind kind) {

    public FixtureChat {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(inviteLink, "invite link");
        Objects.requireNonNull(kind, "kind");
    }

    /** The public username as a reference; fails for private chats. */
    public ChatRef.Username usernameRef() {
        return new ChatRef.Username(username.orElseThrow(() -> new IllegalStateException("chat " + id + " is private")));
    }

    public ChatRef.NumericId idRef() {
        return new ChatRef.NumericId(id);
    }

    public ChatRef.InviteLink inviteRef() {
        return new ChatRef.InviteLink(inviteLink.orElseThrow(() -> new IllegalStateException("no invite link")));
    }
}
