package io.telegate.ports.model.notify;

import java.util.List;
import java.util.Optional;

/** A page of tasks and the cursor of the next page, if there is one. */
public record TaskPage(List<Notification> tasks, Optional<String> nextCursor) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
