package io.telegate.adapters.telegram.tdlib;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the TDLib user-account adapter finds libtdjson and talks to Telegram. {@link #toString()} hides the api hash.
 *
 * @param libraryPath    {@code TDLIB_PATH}: the libtdjson file, or a directory holding {@code libtdjson.so};
 *                       empty: JNA's library path ({@code jna.library.path}, then the system's)
 * @param apiId          {@code TELEGRAM_API_ID} from my.telegram.org
 * @param apiHash        {@code TELEGRAM_API_HASH} from my.telegram.org; a secret
 * @param databaseRoot   where each session's TDLib database directory is kept ({@code <root>/<session id>})
 * @param useTestDc      log in and connect to Telegram's test data centers instead of production
 * @param logVerbosity   TDLib's log verbosity (0 fatal .. 5 verbose); messages up to it go to the log sink
 * @param requestTimeout how long any one request to TDLib may take before it fails as transient
 * @param pollTimeout    how long one {@code td_receive} call waits; bounds how quickly the receive loop stops
 */
public record TdlibConfig(
        Optional<Path> libraryPath,
        int apiId,
        String apiHash,
        Path databaseRoot,
        boolean useTestDc,
        int logVerbosity,
        Duration requestTimeout,
        Duration pollTimeout) {

    public static final int DEFAULT_LOG_VERBOSITY = 1;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);

    public TdlibConfig {
        Objects.requireNonNull(libraryPath, "library path");
        Objects.requireNonNull(apiHash, "api hash");
        Objects.requireNonNull(databaseRoot, "database root");
        Objects.requireNonNull(requestTimeout, "request timeout");
        Objects.requireNonNull(pollTimeout, "poll timeout");
        if (apiId <= 0) {
            throw new IllegalArgumentException("TELEGRAM_API_ID must be a positive number (see my.telegram.org)");
        }
        if (apiHash.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_API_HASH must not be blank (see my.telegram.org)");
        }
        if (logVerbosity < 0 || logVerbosity > 1024) {
            throw new IllegalArgumentException("TDLib log verbosity must be 0..1024, was " + logVerbosity);
        }
        requirePositive(requestTimeout, "request timeout");
        requirePositive(pollTimeout, "poll timeout");
    }

    /** Errors only from TDLib's log, production data centers, 30 s per request, 0.5 s receive polls. */
    public static TdlibConfig defaults(Optional<Path> libraryPath, int apiId, String apiHash, Path databaseRoot) {
        return new TdlibConfig(libraryPath, apiId, apiHash, databaseRoot, false, DEFAULT_LOG_VERBOSITY,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_POLL_TIMEOUT);
    }

    public TdlibConfig withUseTestDc(boolean value) {
        return new TdlibConfig(libraryPath, apiId, apiHash, databaseRoot, value, logVerbosity, requestTimeout,
                pollTimeout);
    }

    public TdlibConfig withRequestTimeout(Duration value) {
        return new TdlibConfig(libraryPath, apiId, apiHash, databaseRoot, useTestDc, logVerbosity, value,
                pollTimeout);
    }

    public TdlibConfig withPollTimeout(Duration value) {
        return new TdlibConfig(libraryPath, apiId, apiHash, databaseRoot, useTestDc, logVerbosity, requestTimeout,
                value);
    }

    /** Shows every component but the api hash. */
    @Override
    public String toString() {
        return "TdlibConfig[libraryPath=" + libraryPath + ", apiId=" + apiId + ", apiHash=***, databaseRoot="
                + databaseRoot + ", useTestDc=" + useTestDc + ", logVerbosity=" + logVerbosity
                + ", requestTimeout=" + requestTimeout + ", pollTimeout=" + pollTimeout + "]";
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, was " + duration);
        }
    }
}
