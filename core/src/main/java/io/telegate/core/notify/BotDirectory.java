package io.telegate.core.notify;

import io.telegate.ports.model.bot.BotToken;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured bots by name, and which one sends notifications that name none. Holds tokens, so
 * {@link #toString()} shows the names only.
 */
public final class BotDirectory {

    private final Map<String, BotToken> bots;
    private final String defaultBot;

    /** {@code defaultBot} must be one of the names. */
    public BotDirectory(Map<String, BotToken> bots, String defaultBot) {
        this.bots = Map.copyOf(bots);
        this.defaultBot = Objects.requireNonNull(defaultBot, "defaultBot");
        if (!this.bots.containsKey(defaultBot)) {
            throw new IllegalArgumentException("the default bot '" + defaultBot + "' is not among the configured bots "
                    + names());
        }
    }

    /** One bot, called {@code default}, that sends everything. */
    public static BotDirectory single(BotToken token) {
        return new BotDirectory(Map.of("default", token), "default");
    }

    /** The token of the named bot, or of the default bot for an empty name. */
    public Optional<BotToken> token(Optional<String> name) {
        return Optional.ofNullable(bots.get(name.orElse(defaultBot)));
    }

    /** The name a notification's bot field stands for. */
    public String nameOf(Optional<String> name) {
        return name.orElse(defaultBot);
    }

    /** The configured names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(bots.keySet());
    }

    @Override
    public String toString() {
        return "BotDirectory" + names() + " default=" + defaultBot;
    }
}
