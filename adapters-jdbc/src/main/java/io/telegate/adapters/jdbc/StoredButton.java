package io.telegate.adapters.jdbc;

import io.telegate.ports.model.bot.InlineButton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One {@code notification_task_buttons} row: a button of a task's inline keyboard at its row and column.
 *
 * @param taskId the task
 * @param row    the keyboard row, from 0
 * @param column the position in the row, from 0
 * @param button the button
 */
record StoredButton(String taskId, int row, int column, InlineButton button) {

    static StoredButton read(ResultSet row) throws SQLException {
        InlineButton button = new InlineButton(row.getString("text"), Optional.ofNullable(row.getString("url")),
                Optional.ofNullable(row.getString("callback_data")));
        return new StoredButton(row.getString("task_id"), row.getInt("row_no"), row.getInt("col_no"), button);
    }
}
