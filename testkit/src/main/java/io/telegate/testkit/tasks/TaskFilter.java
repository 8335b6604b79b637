package io.telegate.testkit.tasks;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskQuery;

/** Whether a task belongs in a listing: its tenant, status, chat and creation range (from inclusive, before exclusive). */
final class TaskFilter {

    private TaskFilter() {
    }

    static boolean matches(TaskQuery query, Notification task) {
        return task.tenant().equals(query.tenant())
                && query.status().map(status -> task.status() == status).orElse(true)
                && query.chatId().map(chat -> task.request().message().chatId().equals(chat)).orElse(true)
                && query.createdFrom().map(from -> !task.createdAt().isBefore(from)).orElse(true)
                && query.createdBefore().map(before -> task.createdAt().isBefore(before)).orElse(true);
    }
}
