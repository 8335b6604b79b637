package io.telegate.sandbox;

import java.util.Arrays;

/**
 * The messages of one chat as parallel primitive arrays, about 45 bytes a message: index {@code i} holds message
 * id {@code i + 1}. A {@code null} text means the text is generated on read from the message's text key.
 * Not thread-safe: {@link MessageStore} guards it.
 */
final class MessageColumns {

    private long[] dates = new long[16];
    private long[] senders = new long[16];
    private int[] replyTo = new int[16];
    private int[] views = new int[16];
    private int[] forwards = new int[16];
    private int[] replies = new int[16];
    private long[] textKeys = new long[16];
    private String[] texts = new String[16];
    private int size;

    int size() {
        return size;
    }

    long date(int index) {
        return dates[index];
    }

    long sender(int index) {
        return senders[index];
    }

    int replyTo(int index) {
        return replyTo[index];
    }

    int views(int index) {
        return views[index];
    }

    int forwards(int index) {
        return forwards[index];
    }

    int replies(int index) {
        return replies[index];
    }

    String text(int index) {
        String text = texts[index];
        return text != null ? text : TextGenerator.text(textKeys[index]);
    }

    void setText(int index, String text) {
        texts[index] = text;
    }

    /** Appends one message; {@code text == null} means "generate from {@code textKey}". Returns its index. */
    int append(long date, long sender, int reply, int viewCount, int forwardCount, String text, long textKey) {
        ensureCapacity(size + 1);
        dates[size] = date;
        senders[size] = sender;
        replyTo[size] = reply;
        views[size] = viewCount;
        forwards[size] = forwardCount;
        texts[size] = text;
        textKeys[size] = textKey;
        if (reply > 0 && reply <= size) {
            replies[reply - 1]++;
        }
        return size++;
    }

    /** The first index whose date is at least {@code epochSecond} (or {@link #size()}): a binary search. */
    int firstAtOrAfter(long epochSecond) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dates[mid] < epochSecond) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    void ensureCapacity(int wanted) {
        if (wanted <= dates.length) {
            return;
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(wanted, dates.length * 3L / 2));
        dates = Arrays.copyOf(dates, capacity);
        senders = Arrays.copyOf(senders, capacity);
        replyTo = Arrays.copyOf(replyTo, capacity);
        views = Arrays.copyOf(views, capacity);
        forwards = Arrays.copyOf(forwards, capacity);
        replies = Arrays.copyOf(replies, capacity);
        textKeys = Arrays.copyOf(textKeys, capacity);
        texts = Arrays.copyOf(texts, capacity);
    }
}
