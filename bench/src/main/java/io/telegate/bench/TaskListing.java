package io.telegate.bench;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One page of a tenant's tasks, newest first, with an opaque cursor of (creation time, id) after its last task. */
final class TaskListing {

    private static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparing(Notification::id).reversed();

    private TaskListing() {
    }

    static TaskPage page(Collection<Notification> tasks, TaskQuery query) {
        Predicate<Notification> after = query.cursor().map(TaskListing::after).orElse(task -> true);
        List<Notification> matching = tasks.stream()
                .filter(task -> matches(query, task))
                .filter(after)
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new TaskPage(matching, Optional.empty());
        }
        List<Notification> page = matching.subList(0, query.limit());
        Notification last = page.getLast();
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
        return new TaskPage(page, Optional.of(cursor));
    }

    private static boolean matches(TaskQuery query, Notification task) {
        return task.tenant().equals(query.tenant())
                && query.status().map(status -> task.status() == status).orElse(true)
                && query.chatId().map(chat -> task.request().message().chatId().equals(chat)).orElse(true)
                && query.createdFrom().map(from -> !task.createdAt().isBefore(from)).orElse(true)
                && query.createdBefore().map(before -> task.createdAt().isBefore(before)).orElse(true);
    }

    /** The tasks after the cursor in newest-first order. */
    private static Predicate<Notification> after(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf('|');
            if (separator < 0) {
                throw new IllegalArgumentException("malformed task cursor");
            }
            Instant createdAt = Instant.parse(plain.substring(0, separator));
            String id = plain.substring(separator + 1);
            return task -> {
                int byTime = task.createdAt().compareTo(createdAt);
                return byTime < 0 || byTime == 0 && task.id().compareTo(id) < 0;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed task cursor", e);
        }
    }
}
