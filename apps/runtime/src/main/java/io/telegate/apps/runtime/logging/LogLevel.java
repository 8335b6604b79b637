package io.telegate.apps.runtime.logging;

import java.util.Locale;

/** The root log level, as {@code LOG_LEVEL} names it; Python's {@code WARNING} and {@code CRITICAL} are accepted. */
public enum LogLevel {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR;

    /** The level {@code text} names, in any case; throws {@link IllegalArgumentException} for anything else. */
    public static LogLevel parse(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> TRACE;
            case "DEBUG" -> DEBUG;
            case "INFO" -> INFO;
            case "WARN", "WARNING" -> WARN;
            case "ERROR", "CRITICAL", "FATAL" -> ERROR;
            default -> throw new IllegalArgumentException("unknown log level");
        };
    }

    /** Like {@link #parse}, but null or unknown text gives {@code fallback}. */
    public static LogLevel parseOr(String text, LogLevel fallback) {
        try {
            return text == null ? fallback : parse(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
