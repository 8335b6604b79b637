package io.telegate.sandbox;

import io.telegate.ports.model.MessageEntity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the Bot API's HTML parse mode: the supported tags, the four named character entities, numeric ones. */
final class HtmlFormat {

    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("b", "bold"), Map.entry("strong", "bold"),
            Map.entry("i", "italic"), Map.entry("em", "italic"), Map.entry("u", "underline"),
            Map.entry("ins", "underline"), Map.entry("s", "strikethrough"), Map.entry("strike", "strikethrough"),
            Map.entry("del", "strikethrough"), Map.entry("code", "code"), Map.entry("pre", "pre"),
            Map.entry("a", "text_link"), Map.entry("tg-spoiler", "spoiler"), Map.entry("span", "spoiler"),
            Map.entry("blockquote", "blockquote"), Map.entry("tg-emoji", "custom_emoji"));
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Map<String, String> CHARACTERS = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

    private record Open(String tag, int offset, Optional<String> url) {
    }

    private HtmlFormat() {
    }

    static FormattedText parse(String html) {
        StringBuilder text = new StringBuilder(html.length());
        List<MessageEntity> entities = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw FormattedText.cannotParse("unclosed start tag at byte offset " + i);
                }
                tag(html.substring(i + 1, end).strip(), i, text.length(), open, entities);
                i = end + 1;
            } else if (c == '&') {
                i = character(html, i, text);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw FormattedText.cannotParse("can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        }
        return new FormattedText(text.toString(), entities);
    }

    private static void tag(String body, int at, int offset, Deque<Open> open, List<MessageEntity> entities) {
        if (body.startsWith("/")) {
            String name = body.substring(1).strip().toLowerCase();
            if (open.isEmpty() || !open.peek().tag().equals(name)) {
                throw FormattedText.cannotParse("unmatched end tag at byte offset " + at + ", expected \"</"
                        + (open.isEmpty() ? "" : open.peek().tag()) + ">\", found \"</" + name + ">\"");
            }
            Open start = open.pop();
            entities.add(new MessageEntity(TAGS.get(name), start.offset(), offset - start.offset(), start.url()));
            return;
        }
        String name = body.split("\\s", 2)[0].toLowerCase();
        if (!TAGS.containsKey(name)) {
            throw FormattedText.cannotParse("unsupported start tag \"" + name + "\" at byte offset " + at);
        }
        Matcher href = HREF.matcher(body);
        Optional<String> url = name.equals("a") && href.find() ? Optional.of(href.group(1)) : Optional.empty();
        if (name.equals("a") && url.isEmpty()) {
            throw FormattedText.cannotParse("a link at byte offset " + at + " has no href");
        }
        open.push(new Open(name, offset, url));
    }

    private static int character(String html, int at, StringBuilder text) {
        int end = html.indexOf(';', at);
        String name = end > at ? html.substring(at + 1, end) : "";
        if (CHARACTERS.containsKey(name)) {
            text.append(CHARACTERS.get(name));
            return end + 1;
        }
        if (name.matches("#[0-9]{1,7}")) {
            text.appendCodePoint(Integer.parseInt(name.substring(1)));
            return end + 1;
        }
        text.append('&');
        return at + 1;
    }
}
