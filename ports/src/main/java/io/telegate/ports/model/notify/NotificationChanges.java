package io.telegate.ports.model.notify;

import io.telegate.ports.model.bot.InlineButton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an update of a pending notification replaces; an empty field keeps the current value. The chat, the bot
 * and the idempotency key cannot change: a different recipient is a different notification.
 *
 * @param text      the new text
 * @param parseMode the new parse mode; the empty string switches formatting off
 * @param keyboard  the new inline keyboard; an empty list removes it
 * @param silent    whether to deliver without a sound
 * @param sendAt    the new earliest send time
 * @param priority  the new priority
 */
public record NotificationChanges(Optional<String> text, Optional<String> parseMode,
                                  Optional<List<List<InlineButton>>> keyboard, Optional<Boolean> silent,
                                  Optional<Instant> sendAt, Optional<Priority> priority) {

    public NotificationChanges {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parseMode, "parse_mode");
        keyboard = keyboard.map(rows -> rows.stream().map(List::copyOf).toList());
        Objects.requireNonNull(silent, "silent");
        Objects.requireNonNull(sendAt, "send_at");
        Objects.requireNonNull(priority, "priority");
    }

    /** No change at all; start here and use the withers. */
    public static NotificationChanges none() {
        return new NotificationChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public NotificationChanges withText(String newText) {
        return new NotificationChanges(Optional.of(newText), parseMode, keyboard, silent, sendAt, priority);
    }

    public NotificationChanges withSendAt(Instant newSendAt) {
        return new NotificationChanges(text, parseMode, keyboard, silent, Optional.of(newSendAt), priority);
    }

    public NotificationChanges withPriority(Priority newPriority) {
        return new NotificationChanges(text, parseMode, keyboard, silent, sendAt, Optional.of(newPriority));
    }
}
