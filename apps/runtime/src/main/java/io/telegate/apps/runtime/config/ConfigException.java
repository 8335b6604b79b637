package io.telegate.apps.runtime.config;

import java.util.Locale;

/**
 * A configuration variable is missing or malformed. The message is one line naming the variable, its value
 * (hidden for secrets) and what is expected; apps print it to stderr and exit with status 2.
 */
public final class ConfigException extends RuntimeException {

    private static final String[] SECRET_MARKERS = {"TOKEN", "SECRET", "PASSWORD", "HASH", "KEY", "SESSION"};

    public ConfigException(String message) {
        super(message);
    }

    /** {@code NAME="value" is invalid: expected ...}, with the value hidden when the name marks a secret. */
    public static ConfigException invalid(String name, String value, String expected) {
        String shown = isSecret(name) ? " (value hidden)" : "=\"" + oneLine(Urls.withoutPassword(value)) + "\"";
        return new ConfigException(name + shown + " is invalid: expected " + expected);
    }

    /** {@code NAME is not set: expected ...}. */
    public static ConfigException missing(String name, String expected) {
        return new ConfigException(name + " is not set: expected " + expected
                + " (set it in the environment or in .env)");
    }

    /** True when the variable's value must never be shown: its name mentions a token, secret, key, ... */
    public static boolean isSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String marker : SECRET_MARKERS) {
            if (upper.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
