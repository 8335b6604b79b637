package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Appends synthetic history to a chat: dates spread evenly with jitter over the range, senders from the members,
 * some replies, counters for channels; the same seed gives the same messages. Texts are not stored but rebuilt
 * from a per-message key on read.
 */
final class HistoryGenerator {

    /** More than this many messages in one call would not fit the sandbox's memory budget. */
    static final long MAX_MESSAGES = 20_000_000L;
    private static final int SYNTHETIC_SENDERS = 200;

    private HistoryGenerator() {
    }

    /** Generates messages dated in [from, until), after the chat's newest message; returns how many. */
    static long generate(ChatState chat, Instant from, Instant until, long messages, long seed) {
        if (messages < 1 || messages > MAX_MESSAGES) {
            throw new IllegalArgumentException("messages must be 1.." + MAX_MESSAGES + ", was " + messages);
        }
        long[] senders = senders(chat, seed);
        chat.store.bulk(columns -> {
            long start = Math.max(from.getEpochSecond(), columns.size() == 0 ? Long.MIN_VALUE
                    : columns.date(columns.size() - 1));
            long span = until.getEpochSecond() - start;
            if (span <= 0) {
                throw new IllegalArgumentException("nothing to generate: the range " + from + " .. " + until
                        + " ends before the chat's newest message or is empty");
            }
            columns.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, columns.size() + messages));
            fill(columns, chat.kind, senders, start, span, messages, seed);
        });
        return messages;
    }

    private static void fill(MessageColumns columns, ChatKind kind, long[] senders, long start, long span, long count,
                             long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean channel = kind == ChatKind.CHANNEL;
        long previous = start;
        for (long i = 0; i < count; i++) {
            long date = Math.max(previous, start + (long) (span * ((i + random.nextDouble()) / count)));
            previous = Math.min(date, start + span - 1);
            int index = columns.size();
            int reply = !channel && index > 0 && random.nextInt(100) < 12
                    ? index - random.nextInt(Math.min(index, 50)) : 0;
            long sender = senders[random.nextInt(senders.length)];
            int views = channel ? 50 + random.nextInt(5_000) : 0;
            int forwards = channel ? random.nextInt(60) : 0;
            columns.append(previous, sender, reply, views, forwards, null, seed * 0x9E3779B97F4A7C15L + index);
        }
    }

    private static long[] senders(ChatState chat, long seed) {
        if (chat.kind == ChatKind.CHANNEL || chat.kind == ChatKind.PRIVATE) {
            return new long[] {chat.id};
        }
        long[] members = chat.members.stream().mapToLong(Long::longValue).sorted().toArray();
        if (members.length > 0) {
            return members;
        }
        SplittableRandom random = new SplittableRandom(seed ^ chat.id);
        long[] synthetic = new long[SYNTHETIC_SENDERS];
        for (int i = 0; i < synthetic.length; i++) {
            synthetic[i] = 5_000_000_000L + random.nextInt(1_000_000_000);
        }
        return synthetic;
    }
}
