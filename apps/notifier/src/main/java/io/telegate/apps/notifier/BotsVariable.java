package io.telegate.apps.notifier;

import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.core.notify.BotDirectory;
import io.telegate.ports.model.bot.BotToken;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the named bots of {@code NOTIFIER_BOTS} ({@code default=<token>,alerts=<token>}) and which one is the default
 * ({@code NOTIFIER_DEFAULT_BOT}; unset: the only bot, else the one named {@code default}). The variable holds
 * tokens, so no error quotes its value: errors name the entry by position and name only.
 */
final class BotsVariable {

    static final String BOTS = "NOTIFIER_BOTS";
    static final String DEFAULT_BOT = "NOTIFIER_DEFAULT_BOT";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final String EXPECTED = "name=<bot token>[,name=<bot token>...], e.g. default=123456:ABC-def";

    private BotsVariable() {
    }

    static BotDirectory read(Env env) {
        String value = env.optional(BOTS).orElseThrow(() -> ConfigException.missing(BOTS, EXPECTED));
        Map<String, BotToken> bots = new LinkedHashMap<>();
        String[] entries = value.split("[,\\s]+");
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].isEmpty()) {
                continue;
            }
            int equals = entries[i].indexOf('=');
            String name = equals < 0 ? "" : entries[i].substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                throw invalid("entry " + (i + 1) + " is not name=<bot token> with a name of letters, digits, _ . -");
            }
            if (bots.put(name, token(name, entries[i].substring(equals + 1).strip())) != null) {
                throw invalid("the bot '" + name + "' is named twice");
            }
        }
        if (bots.isEmpty()) {
            throw ConfigException.missing(BOTS, EXPECTED);
        }
        return new BotDirectory(bots, defaultBot(env, bots));
    }

    private static String defaultBot(Env env, Map<String, BotToken> bots) {
        Optional<String> named = env.optional(DEFAULT_BOT);
        if (named.isPresent()) {
            if (!bots.containsKey(named.get())) {
                throw ConfigException.invalid(DEFAULT_BOT, named.get(), "one of the bots of " + BOTS + ": "
                        + String.join(", ", bots.keySet()));
            }
            return named.get();
        }
        if (bots.size() == 1) {
            return bots.keySet().iterator().next();
        }
        if (bots.containsKey("default")) {
            return "default";
        }
        throw ConfigException.missing(DEFAULT_BOT, "the name of the bot that sends tasks naming none (one of "
                + String.join(", ", bots.keySet()) + ")");
    }

    private static BotToken token(String name, String text) {
        try {
            return new BotToken(text);
        } catch (IllegalArgumentException e) {
            throw invalid("the token of '" + name + "' is not a bot token (<digits>:<letters, digits, _ or ->)");
        }
    }

    private static ConfigException invalid(String why) {
        return new ConfigException(BOTS + " (value hidden) is invalid: " + why + "; expected " + EXPECTED);
    }
}
