package io.telegate.apps.runtime.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The TDLib variables an app reads for {@code TELEGRAM_BACKEND=tdlib}; the app turns them into the adapter's
 * {@code TdlibConfig}. {@link #toString()} hides the api hash.
 *
 * @param libraryPath    TDLIB_PATH: libtdjson or its directory; empty: JNA's library path
 * @param apiId          TELEGRAM_API_ID from my.telegram.org
 * @param apiHash        TELEGRAM_API_HASH from my.telegram.org; a secret
 * @param databaseDir    TDLIB_DATABASE_DIR: where each session's TDLib database is kept (default ./data/tdlib)
 * @param useTestDc      TDLIB_USE_TEST_DC: Telegram's test data centers instead of production
 * @param requestTimeout TDLIB_REQUEST_TIMEOUT: how long one request to TDLib may take (default 30s)
 */
public record TdlibSettings(Optional<Path> libraryPath, int apiId, String apiHash, Path databaseDir, boolean useTestDc,
                            Duration requestTimeout) {

    /** Where scripts/fetch-tdlib.sh puts the library, relative to the repository (the usual working directory). */
    public static final Path FETCHED_LIBRARY_DIR = Path.of(".cache", "tdlib", "0.1008065.0");
    static final String LIBRARY_FILE = "libtdjson.so";
    private static final Pattern API_HASH = Pattern.compile("[0-9a-fA-F]{32}");

    public TdlibSettings {
        Objects.requireNonNull(libraryPath, "library path");
        Objects.requireNonNull(apiHash, "api hash");
        Objects.requireNonNull(databaseDir, "database dir");
        Objects.requireNonNull(requestTimeout, "request timeout");
    }

    /** Reads the variables; the library defaults to JNA's path when {@code jna.library.path} is set, else the fetched copy. */
    public static TdlibSettings from(Env env) {
        return from(env, Path.of(""), System.getProperty("jna.library.path") != null);
    }

    static TdlibSettings from(Env env, Path workingDirectory, boolean jnaPathSet) {
        String howToGet = "(see docs/telegram.md, section 2)";
        if (env.optional("TELEGRAM_API_ID").isEmpty()) {
            throw ConfigException.missing("TELEGRAM_API_ID", "the api_id of your application on my.telegram.org "
                    + howToGet);
        }
        int apiId = env.intIn("TELEGRAM_API_ID", 0, 1, Integer.MAX_VALUE);
        String apiHash = env.optional("TELEGRAM_API_HASH").orElseThrow(() -> ConfigException.missing(
                "TELEGRAM_API_HASH", "the api_hash of your application on my.telegram.org " + howToGet));
        if (!API_HASH.matcher(apiHash).matches()) {
            throw ConfigException.invalid("TELEGRAM_API_HASH", apiHash, "32 hexadecimal characters from my.telegram.org");
        }
        Duration timeout = env.duration("TDLIB_REQUEST_TIMEOUT", Duration.ofSeconds(30));
        if (timeout.isZero()) {
            throw ConfigException.invalid("TDLIB_REQUEST_TIMEOUT", "0", "a positive duration such as 30s");
        }
        return new TdlibSettings(library(env, workingDirectory, jnaPathSet), apiId, apiHash,
                env.path("TDLIB_DATABASE_DIR", "./data/tdlib"), env.bool("TDLIB_USE_TEST_DC", false), timeout);
    }

    private static Optional<Path> library(Env env, Path workingDirectory, boolean jnaPathSet) {
        Optional<Path> configured = env.optional("TDLIB_PATH").map(v -> env.path("TDLIB_PATH", null));
        if (configured.isPresent()) {
            Path path = configured.get();
            if (!Files.isRegularFile(path) && !Files.isRegularFile(path.resolve(LIBRARY_FILE))) {
                throw ConfigException.invalid("TDLIB_PATH", path.toString(), "the " + LIBRARY_FILE
                        + " file or a directory holding it (scripts/fetch-tdlib.sh places it in " + FETCHED_LIBRARY_DIR
                        + ")");
            }
            return configured;
        }
        Path fetched = workingDirectory.resolve(FETCHED_LIBRARY_DIR).resolve(LIBRARY_FILE);
        return jnaPathSet || !Files.isRegularFile(fetched) ? Optional.empty() : Optional.of(fetched);
    }

    @Override
    public String toString() {
        return "TdlibSettings[libraryPath=" + libraryPath + ", apiId=" + apiId + ", apiHash=***, databaseDir="
                + databaseDir + ", useTestDc=" + useTestDc + ", requestTimeout=" + requestTimeout + "]";
    }
}
