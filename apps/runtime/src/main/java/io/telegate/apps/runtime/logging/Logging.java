package io.telegate.apps.runtime.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies the parsed {@code LOG_LEVEL} and {@code LOG_FORMAT} (which may come from {@code .env}, unseen by
 * logback's own start-up) by loading the bundled {@code logback.xml} again with them.
 */
public final class Logging {

    private static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";

    private Logging() {
    }

    /**
     * Reconfigures logback; does nothing when the operator chose another file with
     * {@code -Dlogback.configurationFile} or when logback is not the SLF4J provider.
     */
    public static void configure(LogLevel level, LogFormat format) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        URL config = Logging.class.getResource("/logback.xml");
        if (!(factory instanceof LoggerContext context) || config == null
                || System.getProperty(CONFIGURATION_FILE_PROPERTY) != null) {
            return;
        }
        context.reset();
        context.putProperty(LogSettings.LEVEL, level.name());
        context.putProperty(LogSettings.FORMAT, format.name().toLowerCase(Locale.ROOT));
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("the bundled logback.xml could not be loaded", e);
        }
    }
}
