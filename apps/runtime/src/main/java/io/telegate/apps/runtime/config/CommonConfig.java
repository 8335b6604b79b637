package io.telegate.apps.runtime.config;

import io.telegate.apps.runtime.logging.LogFormat;
import io.telegate.apps.runtime.logging.LogLevel;
import java.time.Duration;
import java.util.Objects;

/**
 * What every runtime reads: logging, the health/metrics server's address and the shutdown budget.
 *
 * @param logLevel        {@code LOG_LEVEL}, default INFO
 * @param logFormat       {@code LOG_FORMAT}: {@code json}, or text for anything else
 * @param healthCheckHost {@code HEALTH_CHECK_HOST}, default {@code 0.0.0.0}
 * @param healthCheckPort {@code HEALTH_CHECK_PORT}, default 8080 (0 = any free port)
 * @param shutdownTimeout {@code SHUTDOWN_TIMEOUT_SECONDS}, default 30
 */
public record CommonConfig(LogLevel logLevel, LogFormat logFormat, String healthCheckHost, int healthCheckPort,
                           Duration shutdownTimeout) {

    public static final String DEFAULT_HEALTH_CHECK_HOST = "0.0.0.0";
    public static final int DEFAULT_HEALTH_CHECK_PORT = 8080;
    public static final long DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 30;

    public CommonConfig {
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(healthCheckHost, "healthCheckHost");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (healthCheckPort < 0 || healthCheckPort > 65_535) {
            throw new IllegalArgumentException("healthCheckPort must be from 0 to 65535");
        }
    }

    /** Reads the variables with the service defaults (the health server listens on every interface). */
    public static CommonConfig from(Env env) {
        return from(env, DEFAULT_HEALTH_CHECK_HOST);
    }

    /** Reads the variables; {@code defaultHealthCheckHost} applies when {@code HEALTH_CHECK_HOST} is unset. */
    public static CommonConfig from(Env env, String defaultHealthCheckHost) {
        return new CommonConfig(
                env.parsed("LOG_LEVEL", LogLevel.INFO, LogLevel::parse, "one of trace, debug, info, warn, error"),
                LogFormat.parse(env.string("LOG_FORMAT", "text")),
                env.string("HEALTH_CHECK_HOST", defaultHealthCheckHost),
                env.intIn("HEALTH_CHECK_PORT", DEFAULT_HEALTH_CHECK_PORT, 0, 65_535),
                env.secondsIn("SHUTDOWN_TIMEOUT_SECONDS", DEFAULT_SHUTDOWN_TIMEOUT_SECONDS, 1, 3_600));
    }
}
