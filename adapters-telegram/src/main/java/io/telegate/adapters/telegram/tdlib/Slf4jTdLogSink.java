package io.telegate.adapters.telegram.tdlib;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes TDLib's log into SLF4J under the logger {@code io.telegate.adapters.telegram.tdlib.TDLib}; a fatal message
 * also goes straight to stderr, because TDLib aborts the process right after reporting it.
 */
public final class Slf4jTdLogSink implements TdLogSink {

    private static final Logger log = LoggerFactory.getLogger("io.telegate.adapters.telegram.tdlib.TDLib");

    @Override
    public void log(int verbosityLevel, String message) {
        String line = message.strip();
        switch (verbosityLevel) {
            // TDLib aborts the process as soon as a fatal message returns: the apps' appenders write each event
            // through at once (Logback's immediateFlush), so the line is out before the abort.
            case 0 -> log.error("TDLib fatal error: {}", line);
            case 1 -> log.error("{}", line);
            case 2 -> log.warn("{}", line);
            case 3 -> log.info("{}", line);
            case 4 -> log.debug("{}", line);
            default -> log.trace("{}", line);
        }
    }
}
