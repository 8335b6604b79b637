package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of tasks ended, for keyset pagination on {@code (created_at DESC, id DESC)}: the creation time and
 * id of the page's last task, encoded as opaque URL-safe base64 of {@code <instant>|<id>}.
 *
 * @param createdAt the last task's creation time
 * @param taskId    the last task's id, breaking ties between tasks created at the same instant
 */
record TaskCursor(Instant createdAt, String taskId) {

    TaskCursor {
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(taskId, "task id");
    }

    static TaskCursor after(Notification last) {
        return new TaskCursor(last.createdAt(), last.id());
    }

    /** The cursor {@link #encode()} wrote; {@link IllegalArgumentException} for anything else. */
    static TaskCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf('|');
            if (separator < 0) {
                throw new IllegalArgumentException("malformed task cursor");
            }
            return new TaskCursor(Instant.parse(plain.substring(0, separator)), plain.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed task cursor", e);
        }
    }

    String encode() {
        byte[] plain = (createdAt + "|" + taskId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }
}
