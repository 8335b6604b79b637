package io.telegate.ports.model.bot;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Bot API token ({@code <bot id>:<secret>}). A secret: {@link #toString()} shows only the bot id.
 */
public record BotToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{1,100}");

    public BotToken {
        Objects.requireNonNull(value, "bot token");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a bot token looks like '<digits>:<letters, digits, _ or ->'");
        }
    }

    /** The bot's numeric id: the part before the colon, which is not secret. */
    public long botId() {
        return Long.parseLong(value.substring(0, value.indexOf(':')));
    }

    @Override
    public String toString() {
        return "BotToken[" + botId() + ":***]";
    }
}
