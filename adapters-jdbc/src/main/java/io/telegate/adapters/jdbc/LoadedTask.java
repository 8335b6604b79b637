package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.Notification;

/**
 * A task as read from its row, before its keyboard is attached from the button rows.
 *
 * @param task         the task, with an empty keyboard
 * @param keyboardRows how many keyboard rows it has; zero means there is nothing to attach
 */
record LoadedTask(Notification task, int keyboardRows) {
}
