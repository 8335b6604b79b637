package io.telegate.core.notify;

import io.telegate.ports.model.bot.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text too long for one Telegram message into parts of at most {@value OutgoingMessage#MAX_TEXT_LENGTH}
 * UTF-16 characters: after the last paragraph break that keeps the part at least half full, else after the last
 * line break, else after the last space, else at the limit but never between the two halves of a surrogate pair.
 * The parts joined give the text back exactly; a part of nothing but white space (only a run longer than a whole
 * message makes one) is dropped, because Telegram refuses empty messages.
 */
public final class TextSplitter {

    private static final String[] BOUNDARIES = {"\n\n", "\n", " "};

    private TextSplitter() {
    }

    /** The parts of {@code text} as Telegram messages. */
    public static List<String> split(String text) {
        return split(text, OutgoingMessage.MAX_TEXT_LENGTH);
    }

    /** The parts of {@code text}, each at most {@code max} characters ({@code max} at least 2). */
    public static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a part holds at least 2 characters, was " + max);
        }
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cut(rest, max);
            add(parts, rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        add(parts, rest);
        return List.copyOf(parts);
    }

    private static int cut(String text, int max) {
        for (String boundary : BOUNDARIES) {
            int at = text.lastIndexOf(boundary, max - boundary.length());
            if (at >= 0 && at + boundary.length() >= max / 2) {
                return at + boundary.length();
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private static void add(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part);
        }
    }
}
