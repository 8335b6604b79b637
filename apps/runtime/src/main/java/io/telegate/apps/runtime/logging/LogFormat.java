package io.telegate.apps.runtime.logging;

/** How log lines look: one JSON object per line for collectors, or readable text for people. */
public enum LogFormat {
    TEXT,
    JSON;

    /** {@code json} in any case means JSON; anything else, including nothing, means text. */
    public static LogFormat parse(String text) {
        return text != null && text.strip().equalsIgnoreCase("json") ? JSON : TEXT;
    }

    /** The name of the appender in {@code logback.xml} that writes this format. */
    public String appenderName() {
        return this == JSON ? "json" : "text";
    }
}
