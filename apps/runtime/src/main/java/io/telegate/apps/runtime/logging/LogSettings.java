package io.telegate.apps.runtime.logging;

import ch.qos.logback.core.Context;

/** Finds {@code LOG_LEVEL} and {@code LOG_FORMAT} for logback: context property, system property, environment. */
final class LogSettings {

    static final String LEVEL = "LOG_LEVEL";
    static final String FORMAT = "LOG_FORMAT";

    private LogSettings() {
    }

    static String lookup(Context context, String name) {
        String value = context == null ? null : context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return value != null ? value : System.getenv(name);
    }
}
