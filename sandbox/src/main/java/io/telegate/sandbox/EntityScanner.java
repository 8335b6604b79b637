package io.telegate.sandbox;

import io.telegate.ports.model.MessageEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the entities Telegram detects in plain text by itself: URLs, mentions, hashtags and bot commands. */
final class EntityScanner {

    private static final Pattern AUTO = Pattern.compile(
            "(?<url>https?://[^\\s]+[^\\s.,;:!?)\\]'\"])"
                    + "|(?<=^|\\s)(?<mention>@[A-Za-z][A-Za-z0-9_]{4,31})"
                    + "|(?<=^|\\s)(?<hashtag>#[\\p{L}0-9_]*\\p{L}[\\p{L}0-9_]*)"
                    + "|(?<=^|\\s)(?<command>/[A-Za-z0-9_]{1,32}(@[A-Za-z][A-Za-z0-9_]{4,31})?)(?=$|\\s)");

    private EntityScanner() {
    }

    static List<MessageEntity> scan(String text) {
        if (text.indexOf("://") < 0 && text.indexOf('@') < 0 && text.indexOf('#') < 0 && text.indexOf('/') < 0) {
            return List.of();
        }
        List<MessageEntity> entities = new ArrayList<>();
        Matcher matcher = AUTO.matcher(text);
        while (matcher.find()) {
            entities.add(new MessageEntity(type(matcher), matcher.start(), matcher.end() - matcher.start()));
        }
        return entities;
    }

    private static String type(Matcher matcher) {
        if (matcher.group("url") != null) {
            return "url";
        }
        if (matcher.group("mention") != null) {
            return "mention";
        }
        return matcher.group("hashtag") != null ? "hashtag" : "bot_command";
    }
}
