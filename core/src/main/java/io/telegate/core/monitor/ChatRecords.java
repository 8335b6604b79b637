package io.telegate.core.monitor;

import io.telegate.ports.out.StateStore;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persisted monitored chats in a {@link StateStore}: one record per chat under {@code monitor:chat:<chat>},
 * and the index {@code monitor:chats} listing them, so a process can find every chat to resume. Every write is
 * a compare-and-set against what the writer last read, so a stale owner cannot overwrite a newer one.
 */
final class ChatRecords {

    static final String INDEX = "monitor:chats";
    static final String PREFIX = "monitor:chat:";

    /** A record with the exact stored text it was read from (the expected value of the next compare-and-set). */
    record Stored(String raw, ChatRecord record) {
    }

    private final StateStore store;

    ChatRecords(StateStore store) {
        this.store = store;
    }

    Optional<Stored> load(String chat) {
        return store.get(PREFIX + chat).map(raw -> new Stored(raw, ChatRecordFormat.decode(raw)));
    }

    /** Writes a record where none is; empty when one already exists. */
    Optional<Stored> create(ChatRecord record) {
        String raw = ChatRecordFormat.encode(record);
        return store.putIfAbsent(PREFIX + record.chat(), raw, Optional.empty())
                ? Optional.of(new Stored(raw, record)) : Optional.empty();
    }

    /** Replaces {@code expected} with {@code record}; empty when someone changed or removed it meanwhile. */
    Optional<Stored> replace(Stored expected, ChatRecord record) {
        String raw = ChatRecordFormat.encode(record);
        return store.compareAndSet(PREFIX + record.chat(), expected.raw(), raw)
                ? Optional.of(new Stored(raw, record)) : Optional.empty();
    }

    /** Removes the chat's record and its index entry. */
    void delete(String chat) {
        store.delete(PREFIX + chat);
        updateIndex(chat, false);
    }

    /** Lists the chat in the index (idempotent). */
    void index(String chat) {
        updateIndex(chat, true);
    }

    /** Every chat in the index, in the order they were added. */
    List<String> indexed() {
        return parse(store.get(INDEX).orElse("")).stream().toList();
    }

    private void updateIndex(String chat, boolean add) {
        String entry = ChatRecordFormat.b64(chat);
        while (true) {
            Optional<String> current = store.get(INDEX);
            Set<String> entries = new LinkedHashSet<>(current.map(ChatRecords::split).orElse(List.of()));
            boolean changed = add ? entries.add(entry) : entries.remove(entry);
            if (!changed) {
                return;
            }
            String updated = String.join("\n", entries);
            boolean written = current.isEmpty()
                    ? store.putIfAbsent(INDEX, updated, Optional.empty())
                    : store.compareAndSet(INDEX, current.get(), updated);
            if (written) {
                return;
            }
        }
    }

    private static List<String> split(String index) {
        return Arrays.stream(index.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    private static Set<String> parse(String index) {
        Set<String> chats = new LinkedHashSet<>();
        split(index).forEach(entry -> chats.add(ChatRecordFormat.text(entry)));
        return chats;
    }
}
