package io.telegate.sandbox;

import io.telegate.ports.model.MessageEntity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the Bot API's {@code Markdown} and {@code MarkdownV2} parse modes; in V2 every reserved character outside
 * markup must be escaped with a backslash, as Telegram demands.
 */
final class MarkdownFormat {

    private static final String RESERVED = "_*[]()~`>#+-=|{}.!";
    private static final Map<String, String> MARKERS = Map.of("*", "bold", "_", "italic", "__", "underline",
            "~", "strikethrough", "||", "spoiler", "[", "text_link");

    private record Open(String marker, int offset, int at) {
    }

    private final String source;
    private final boolean v2;
    private final StringBuilder text = new StringBuilder();
    private final List<MessageEntity> entities = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int i;

    private MarkdownFormat(String source, boolean v2) {
        this.source = source;
        this.v2 = v2;
    }

    static FormattedText parse(String markdown, boolean v2) {
        return new MarkdownFormat(markdown, v2).run();
    }

    private FormattedText run() {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && (v2 || "_*`[".indexOf(source.charAt(i + 1)) >= 0)) {
                text.append(source.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                code();
            } else if (c == ']' && !open.isEmpty() && open.peek().marker().equals("[")) {
                link();
            } else if (marker() != null) {
                toggle(marker());
            } else if (v2 && RESERVED.indexOf(c) >= 0) {
                throw FormattedText.cannotParse("Character '" + c + "' is reserved and must be escaped with the "
                        + "preceding '\\'");
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw FormattedText.cannotParse("Can't find end of the entity starting at byte offset " + open.peek().at());
        }
        return new FormattedText(text.toString(), entities);
    }

    private String marker() {
        char c = source.charAt(i);
        boolean doubled = i + 1 < source.length() && source.charAt(i + 1) == c;
        if (v2 && (c == '_' || c == '|') && doubled) {
            return c == '_' ? "__" : "||";
        }
        String single = String.valueOf(c);
        if (!MARKERS.containsKey(single) || (!v2 && c == '~')) {
            return null;
        }
        boolean insideOther = !v2 && !open.isEmpty() && !open.peek().marker().equals(single);
        return insideOther ? null : single;
    }

    private void toggle(String marker) {
        if (!open.isEmpty() && open.peek().marker().equals(marker) && !marker.equals("[")) {
            Open start = open.pop();
            add(MARKERS.get(marker), start.offset(), Optional.empty());
        } else if (open.stream().anyMatch(o -> o.marker().equals(marker))) {
            throw FormattedText.cannotParse("Can't find end of the entity starting at byte offset " + i);
        } else {
            open.push(new Open(marker, text.length(), i));
        }
        i += marker.length();
    }

    private void link() {
        Open start = open.pop();
        int close = source.indexOf(')', i);
        if (i + 1 >= source.length() || source.charAt(i + 1) != '(' || close < 0) {
            throw FormattedText.cannotParse("Can't find end of a URL at byte offset " + i);
        }
        add("text_link", start.offset(), Optional.of(source.substring(i + 2, close)));
        i = close + 1;
    }

    private void code() {
        boolean block = source.startsWith("```", i);
        String fence = block ? "```" : "`";
        int end = source.indexOf(fence, i + fence.length());
        while (v2 && end > 0 && source.charAt(end - 1) == '\\') {
            end = source.indexOf(fence, end + 1);
        }
        if (end < 0) {
            throw FormattedText.cannotParse("Can't find end of the entity starting at byte offset " + i);
        }
        String body = source.substring(i + fence.length(), end);
        if (block && body.matches("(?s)[A-Za-z0-9+#-]+\n.*")) {
            body = body.substring(body.indexOf('\n') + 1);
        }
        int offset = text.length();
        text.append(v2 ? body.replaceAll("\\\\([`\\\\])", "$1") : body);
        add(block ? "pre" : "code", offset, Optional.empty());
        i = end + fence.length();
    }

    private void add(String type, int offset, Optional<String> url) {
        if (text.length() > offset) {
            entities.add(new MessageEntity(type, offset, text.length() - offset, url));
        }
    }
}
