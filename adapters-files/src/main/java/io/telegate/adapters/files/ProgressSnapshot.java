package io.telegate.adapters.files;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code progress.json} as last read or written: never changed once published, so readers need no lock.
 *
 * @param stamp the file's stamp when its bytes were read (null before the first read)
 * @param bytes the file's bytes (null before the first read)
 * @param days  chat key to ISO date to entry, sorted
 */
record ProgressSnapshot(FileStamp stamp, byte[] bytes, Map<String, Map<String, ProgressEntry>> days) {

    static final ProgressSnapshot UNREAD = new ProgressSnapshot(null, null, Map.of());

    /** One day's new entry. */
    record Update(String chatKey, String date, ProgressEntry entry) {
    }

    ProgressEntry entry(String chatKey, String date) {
        Map<String, ProgressEntry> chat = days.get(chatKey);
        return chat == null ? null : chat.get(date);
    }

    /** The days of this snapshot with the updates applied in order; copies only the chats they touch. */
    Map<String, Map<String, ProgressEntry>> with(List<Update> updates) {
        Map<String, Map<String, ProgressEntry>> next = new TreeMap<>(days);
        Set<String> copied = new HashSet<>();
        for (Update update : updates) {
            Map<String, ProgressEntry> chat = next.get(update.chatKey());
            if (copied.add(update.chatKey())) {
                chat = chat == null ? new TreeMap<>() : new TreeMap<>(chat);
                next.put(update.chatKey(), chat);
            }
            chat.put(update.date(), update.entry());
        }
        return next;
    }
}
