package io.telegate.adapters.jdbc;

import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.notify.Notification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inline keyboards in the child table {@code notification_task_buttons}, one row per button; the number of keyboard
 * rows lives in the task row, so rows without buttons survive the round trip.
 */
final class Keyboards {

    private static final String INSERT = "INSERT INTO notification_task_buttons"
            + " (task_id, row_no, col_no, text, url, callback_data)"
            + " VALUES (:taskId, :row, :column, :text, :url, :callbackData)";
    private static final String SELECT = "SELECT task_id, row_no, col_no, text, url, callback_data"
            + " FROM notification_task_buttons WHERE task_id IN (<taskIds>) ORDER BY task_id, row_no, col_no";
    private static final String DELETE = "DELETE FROM notification_task_buttons WHERE task_id = :taskId";

    private Keyboards() {
    }

    /** Stores the buttons of a task that has none stored yet. */
    static void insert(Handle handle, String taskId, List<List<InlineButton>> keyboard) {
        List<StoredButton> buttons = flattened(taskId, keyboard);
        if (buttons.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (StoredButton stored : buttons) {
            batch.bind("taskId", taskId).bind("row", stored.row()).bind("column", stored.column())
                    .bind("text", stored.button().text())
                    .bind("url", stored.button().url().orElse(null))
                    .bind("callbackData", stored.button().callbackData().orElse(null))
                    .add();
        }
        batch.execute();
    }

    /** Rewrites the task's buttons when they differ from {@code keyboard}; most saves leave them alone. */
    static void replaceIfChanged(Handle handle, String taskId, List<List<InlineButton>> keyboard) {
        List<StoredButton> wanted = flattened(taskId, keyboard);
        if (wanted.equals(load(handle, List.of(taskId)))) {
            return;
        }
        handle.createUpdate(DELETE).bind("taskId", taskId).execute();
        insert(handle, taskId, keyboard);
    }

    /** The tasks with their keyboards read from the button rows, in the order given. */
    static List<Notification> attach(Handle handle, List<LoadedTask> tasks) {
        List<String> withKeyboard = tasks.stream().filter(t -> t.keyboardRows() > 0).map(t -> t.task().id())
                .toList();
        Map<String, List<StoredButton>> buttons = load(handle, withKeyboard).stream()
                .collect(Collectors.groupingBy(StoredButton::taskId));
        return tasks.stream().map(loaded -> loaded.keyboardRows() == 0 ? loaded.task()
                : TaskRows.withKeyboard(loaded.task(), keyboard(loaded.keyboardRows(),
                        buttons.getOrDefault(loaded.task().id(), List.of())))).toList();
    }

    private static List<StoredButton> load(Handle handle, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(SELECT).bindList("taskIds", List.copyOf(taskIds))
                .map((row, context) -> StoredButton.read(row)).list();
    }

    private static List<List<InlineButton>> keyboard(int rows, List<StoredButton> buttons) {
        List<List<InlineButton>> keyboard = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            keyboard.add(new ArrayList<>());
        }
        // buttons arrive ordered by row, then column
        buttons.forEach(stored -> keyboard.get(stored.row()).add(stored.button()));
        return keyboard;
    }

    private static List<StoredButton> flattened(String taskId, List<List<InlineButton>> keyboard) {
        List<StoredButton> buttons = new ArrayList<>();
        for (int row = 0; row < keyboard.size(); row++) {
            List<InlineButton> buttonsOfRow = keyboard.get(row);
            for (int column = 0; column < buttonsOfRow.size(); column++) {
                buttons.add(new StoredButton(taskId, row, column, buttonsOfRow.get(column)));
            }
        }
        return buttons;
    }
}
