package io.telegate.core.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a bot can no longer write to a chat, and since when.
 *
 * @param reason   Telegram's words, such as {@code Forbidden: bot was blocked by the user}
 * @param markedAt when the error that marked it came
 */
public record RecipientMark(String reason, Instant markedAt) {

    public RecipientMark {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
