package io.telegate.apps.runtime.logging;

import ch.qos.logback.core.PropertyDefinerBase;

/** Tells {@code logback.xml} the root level from {@code LOG_LEVEL}; unknown or absent means INFO. */
public final class LogLevelDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogLevel.parseOr(LogSettings.lookup(getContext(), LogSettings.LEVEL), LogLevel.INFO).name();
    }
}
