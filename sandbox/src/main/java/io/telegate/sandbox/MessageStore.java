package io.telegate.sandbox;

import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.TelegramMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The history of one chat: ids increase by one from 1 and dates never decrease, so a date window is found with
 * two binary searches and a page costs O(log n + limit). Thread-safe.
 */
final class MessageStore {

    private final MessageColumns columns = new MessageColumns();
    private final boolean channel;

    MessageStore(boolean channel) {
        this.channel = channel;
    }

    synchronized int size() {
        return columns.size();
    }

    /** The date of the newest message, or {@code Long.MIN_VALUE} when there is none. */
    synchronized long lastDate() {
        return columns.size() == 0 ? Long.MIN_VALUE : columns.date(columns.size() - 1);
    }

    /** Appends a message dated no earlier than the newest one (an earlier date is raised to it); returns its id. */
    synchronized long append(Instant date, long sender, long replyTo, String text) {
        long seconds = Math.max(date.getEpochSecond(), lastDate());
        int reply = replyTo > 0 && replyTo <= columns.size() ? (int) replyTo : 0;
        return columns.append(seconds, sender, reply, 0, 0, text, 0) + 1L;
    }

    /** Lets a generator append many messages under one lock. */
    synchronized void bulk(Consumer<MessageColumns> writer) {
        writer.accept(columns);
    }

    synchronized boolean contains(long id) {
        return id >= 1 && id <= columns.size();
    }

    synchronized void replaceText(long id, String text) {
        columns.setText(index(id), text);
    }

    synchronized TelegramMessage message(long id, String chatName) {
        return materialise(index(id), chatName);
    }

    /** The newest {@code limit} messages with ids below {@code beforeId} (0: from the newest), newest first. */
    synchronized List<TelegramMessage> latest(int limit, long beforeId, String chatName) {
        int end = beforeId > 0 ? (int) Math.min(columns.size(), beforeId - 1) : columns.size();
        List<TelegramMessage> page = new ArrayList<>();
        for (int i = end - 1; i >= 0 && page.size() < limit; i--) {
            page.add(materialise(i, chatName));
        }
        return page;
    }

    synchronized HistoryPage page(HistoryQuery query, String chatName) {
        int low = columns.firstAtOrAfter(ceilSeconds(query.from()));
        int high = columns.firstAtOrAfter(ceilSeconds(query.until()));
        if (query.beforeId() > 0) {
            high = (int) Math.min(high, query.beforeId() - 1);
        }
        low = (int) Math.max(low, Math.min(query.afterId(), Integer.MAX_VALUE));
        List<TelegramMessage> messages = new ArrayList<>();
        int i = high - 1;
        for (; i >= low && messages.size() < query.limit(); i--) {
            messages.add(materialise(i, chatName));
        }
        return new HistoryPage(messages, i >= low);
    }

    private TelegramMessage materialise(int i, String chatName) {
        String text = columns.text(i);
        int reply = columns.replyTo(i);
        int replies = columns.replies(i);
        return new TelegramMessage(i + 1L, Instant.ofEpochSecond(columns.date(i)), OptionalLong.of(columns.sender(i)),
                chatName, text, reply > 0 ? OptionalLong.of(reply) : OptionalLong.empty(),
                channel ? OptionalInt.of(columns.views(i)) : OptionalInt.empty(),
                channel ? OptionalInt.of(columns.forwards(i)) : OptionalInt.empty(),
                replies > 0 ? OptionalInt.of(replies) : OptionalInt.empty(), EntityScanner.scan(text));
    }

    private int index(long id) {
        if (id < 1 || id > columns.size()) {
            throw new SandboxNotFoundException("no message " + id + " in this chat");
        }
        return (int) (id - 1);
    }

    private static long ceilSeconds(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}
