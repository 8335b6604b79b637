package io.telegate.ports.model;

import java.util.List;

/**
 * A page of history, newest first.
 *
 * @param messages the messages, ids strictly decreasing
 * @param hasMore  true when the window holds older messages than the last one returned
 */
public record HistoryPage(List<TelegramMessage> messages, boolean hasMore) {

    public HistoryPage {
        messages = List.copyOf(messages);
    }

    /** The id to pass as {@code beforeId} for the next page. */
    public long oldestId() {
        return messages.isEmpty() ? 0 : messages.getLast().id();
    }
}
