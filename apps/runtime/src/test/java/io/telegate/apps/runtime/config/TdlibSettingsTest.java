package io.telegate.apps.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdlibSettingsTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private static Map<String, String> credentials() {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_API_ID", "12345");
        env.put("TELEGRAM_API_HASH", HASH);
        return env;
    }

    private TdlibSettings settings(Map<String, String> env) {
        return TdlibSettings.from(Env.of(env), dir, false);
    }

    @Test
    void defaultsKeepDatabasesUnderDataAndUseProductionDataCenters() {
        TdlibSettings settings = settings(credentials());

        assertThat(settings.apiId()).isEqualTo(12345);
        assertThat(settings.databaseDir()).isEqualTo(Path.of("./data/tdlib"));
        assertThat(settings.useTestDc()).isFalse();
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.libraryPath()).as("nothing fetched under %s", dir).isEmpty();
        assertThat(settings.toString()).doesNotContain(HASH);
    }

    @Test
    void theFetchedLibraryIsTheDefaultUnlessJnasLibraryPathIsSet() throws IOException {
        Path fetched = dir.resolve(TdlibSettings.FETCHED_LIBRARY_DIR).resolve("libtdjson.so");
        Files.createDirectories(fetched.getParent());
        Files.writeString(fetched, "not really a library");

        assertThat(settings(credentials()).libraryPath()).contains(fetched);
        assertThat(TdlibSettings.from(Env.of(credentials()), dir, true).libraryPath()).isEmpty();
    }

    @Test
    void tdlibPathMayNameTheFileOrItsDirectory() throws IOException {
        Path library = Files.writeString(dir.resolve("libtdjson.so"), "x");
        Map<String, String> env = credentials();
        env.put("TDLIB_PATH", library.toString());
        env.put("TDLIB_USE_TEST_DC", "yes");
        env.put("TDLIB_DATABASE_DIR", dir.resolve("db").toString());
        env.put("TDLIB_REQUEST_TIMEOUT", "5s");

        TdlibSettings settings = settings(env);
        assertThat(settings.libraryPath()).contains(library);
        assertThat(settings.useTestDc()).isTrue();
        assertThat(settings.databaseDir()).isEqualTo(dir.resolve("db"));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        env.put("TDLIB_PATH", dir.toString());
        assertThat(settings(env).libraryPath()).contains(dir);
    }

    @Test
    void aTdlibPathWithoutTheLibraryIsOneLineNamingTheVariableAndTheFetchScript() {
        Map<String, String> env = credentials();
        env.put("TDLIB_PATH", dir.resolve("missing").toString());

        assertThatThrownBy(() -> settings(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TDLIB_PATH=\"" + dir.resolve("missing") + "\" is invalid")
                .hasMessageContaining("scripts/fetch-tdlib.sh")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theApiIdAndHashAreRequiredAndTheHashIsNeverShown() {
        Map<String, String> noId = credentials();
        noId.remove("TELEGRAM_API_ID");
        assertThatThrownBy(() -> settings(noId)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_API_ID is not set");

        Map<String, String> badId = credentials();
        badId.put("TELEGRAM_API_ID", "twelve");
        assertThatThrownBy(() -> settings(badId)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_API_ID=\"twelve\" is invalid");

        Map<String, String> noHash = credentials();
        noHash.remove("TELEGRAM_API_HASH");
        assertThatThrownBy(() -> settings(noHash)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_API_HASH is not set");

        Map<String, String> badHash = credentials();
        badHash.put("TELEGRAM_API_HASH", "short-secret");
        assertThatThrownBy(() -> settings(badHash)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_API_HASH (value hidden) is invalid")
                .hasMessageNotContaining("short-secret");
    }
}
