package io.telegate.ports.model.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a page of tasks listed by a task store ended, for keyset pagination newest first: the creation time and id
 * of the page's last task. On the wire ({@link TaskQuery#cursor()}, {@link TaskPage#nextCursor()}) it is opaque
 * URL-safe base64 of {@code <instant>|<id>}; every task store writes and reads it through this type.
 *
 * @param createdAt the last task's creation time
 * @param taskId    the last task's id, breaking ties between tasks created at the same instant
 */
public record TaskCursor(Instant createdAt, String taskId) {

    /** The listing order the cursor walks: newest first; among tasks created at the same instant, greater id first. */
    public static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparing(Notification::id)
            .reversed();

    public TaskCursor {
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(taskId, "task id");
    }

    /** The cursor after {@code last}, the final task of a page. */
    public static TaskCursor after(Notification last) {
        return new TaskCursor(last.createdAt(), last.id());
    }

    /** The cursor {@link #encode()} wrote; {@link IllegalArgumentException} for anything else. */
    public static TaskCursor decode(String cursor) {
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

    /** The opaque text form. */
    public String encode() {
        byte[] plain = (createdAt + "|" + taskId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /** Whether {@code task} comes after this cursor in {@link #NEWEST_FIRST} order. */
    public boolean precedes(Notification task) {
        int byTime = task.createdAt().compareTo(createdAt);
        return byTime < 0 || byTime == 0 && task.id().compareTo(taskId) < 0;
    }
}
