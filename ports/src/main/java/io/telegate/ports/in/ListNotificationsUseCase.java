package io.telegate.ports.in;

import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;

/** Lists a tenant's tasks, filtered and paged, newest first (seed 003's {@code GET /api/tasks/list}). */
public interface ListNotificationsUseCase {

    /** Throws {@link IllegalArgumentException} for a cursor no earlier page returned. */
    TaskPage list(TaskQuery query);
}
