package io.telegate.bench;

import io.telegate.ports.model.notify.TaskCursor;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One page of a tenant's tasks, newest first, with an opaque cursor of (creation time, id) after its last task. */
final class TaskListing {

    private TaskListing() {
    }

    static TaskPage page(Collection<Notification> tasks, TaskQuery query) {
        Predicate<Notification> after = query.cursor().map(TaskCursor::decode)
                .<Predicate<Notification>>map(cursor -> cursor::precedes).orElse(task -> true);
        List<Notification> matching = tasks.stream()
                .filter(task -> matches(query, task))
                .filter(after)
                .sorted(TaskCursor.NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new TaskPage(matching, Optional.empty());
        }
        List<Notification> page = matching.subList(0, query.limit());
        return new TaskPage(page, Optional.of(TaskCursor.after(page.getLast()).encode()));
    }

    private static boolean matches(TaskQuery query, Notification task) {
        return task.tenant().equals(query.tenant())
                && query.status().map(status -> task.status() == status).orElse(true)
                && query.chatId().map(chat -> task.request().message().chatId().equals(chat)).orElse(true)
                && query.createdFrom().map(from -> !task.createdAt().isBefore(from)).orElse(true)
                && query.createdBefore().map(before -> task.createdAt().isBefore(before)).orElse(true);
    }
}
