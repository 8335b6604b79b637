package io.telegate.apps.runtime.logging;

import ch.qos.logback.core.PropertyDefinerBase;

/** Tells {@code logback.xml} which appender to use: {@code json} when {@code LOG_FORMAT=json}, else {@code text}. */
public final class LogAppenderDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogFormat.parse(LogSettings.lookup(getContext(), LogSettings.FORMAT)).appenderName();
    }
}
