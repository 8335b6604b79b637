package io.telegate.apps.fetcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.lifecycle.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher wired to the real libtdjson ({@code scripts/fetch-tdlib.sh} places it; {@code TDLIB_PATH} overrides),
 * on the in-memory transport. No account is logged in and no session reaches TDLib's network: the session given is
 * one the adapter refuses before it opens a client.
 */
class FetcherTdlibTest {

    /** A {@code tdlib1:} session string holding an empty zip: well-formed, but no TDLib binlog in it. */
    private static final String SESSION_WITHOUT_BINLOG = "tdlib1:UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";

    @TempDir
    Path dir;

    private Map<String, String> env(Path library) {
        Map<String, String> env = new HashMap<>();
        env.put("FETCHER_TRANSPORT", "memory");
        env.put("TELEGRAM_BACKEND", "tdlib");
        env.put("TDLIB_PATH", library.toString());
        env.put("TELEGRAM_API_ID", "12345");
        env.put("TELEGRAM_API_HASH", "0123456789abcdef0123456789abcdef");
        env.put("TDLIB_DATABASE_DIR", dir.resolve("tdlib").toString());
        env.put("TDLIB_REQUEST_TIMEOUT", "3s");
        env.put("TELEGRAM_SESSION_ID", "offline-session");
        env.put("TELEGRAM_SESSION_STRING", SESSION_WITHOUT_BINLOG);
        env.put("DATA_DIR", dir.resolve("data").toString());
        env.put("HEALTH_CHECK_HOST", "127.0.0.1");
        env.put("HEALTH_CHECK_PORT", "0");
        env.put("BLPOP_TIMEOUT_SECONDS", "1");
        env.put("NETWORK_MAX_ATTEMPTS", "1");
        return env;
    }

    @Test
    void theTdlibWiringStartsAndStopsAndAFetchWithAnUnusableSessionFailsClearly() throws Exception {
        FetcherComponent fetcher = Main.build(FetcherConfig.from(Env.of(env(realLibrary()))), Clock.systemUTC());
        assertThat(fetcher.lifecycle().services()).extracting(Service::name).contains("tdlib");
        assertThatThrownBy(fetcher::sandbox).isInstanceOf(IllegalStateException.class).hasMessageContaining("tdlib");

        fetcher.lifecycle().start();
        try {
            fetcher.commandQueue().submit("""
                    {"command":"fetch","command_id":"c-offline","chat":"@telegram","mode":"days","days":1}""");

            JsonNode failed = await().atMost(Duration.ofSeconds(30)).until(
                    () -> failedEvent(fetcher, "c-offline"), event -> event != null);
            assertThat(failed.get("error").asText()).isEqualTo("access_lost");
            assertThat(failed.get("reason").asText()).contains("no TDLib binlog");
            assertThat(failed.toString()).doesNotContain(SESSION_WITHOUT_BINLOG.substring(7));
        } finally {
            fetcher.lifecycle().stop();
        }
        assertThat(fetcher.lifecycle().awaitStopped(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aFileThatIsNotLibtdjsonFailsTheStartWithTdlibsOneLine() throws IOException {
        Path notALibrary = Files.writeString(dir.resolve("libtdjson.so"), "not a shared object");
        FetcherComponent fetcher = Main.build(FetcherConfig.from(Env.of(env(notALibrary))), Clock.systemUTC());

        assertThatThrownBy(() -> fetcher.lifecycle().start())
                .hasMessageStartingWith("tdlib failed to start: TDLib's libtdjson could not be loaded at "
                        + notALibrary.toAbsolutePath())
                .hasMessageContaining("scripts/fetch-tdlib.sh")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static JsonNode failedEvent(FetcherComponent fetcher, String commandId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(fetcher.httpServer().baseUrl() + "/api/events?type=failed"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode event : FetcherFixture.parse(response.body())) {
            if (event.path("command_id").asText().equals(commandId)) {
                return event;
            }
        }
        return null;
    }

    /** TDLIB_PATH, else the copy scripts/fetch-tdlib.sh placed in .cache/tdlib of the repository. */
    static Path realLibrary() {
        String configured = System.getenv("TDLIB_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path up = Path.of("").toAbsolutePath(); up != null; up = up.getParent()) {
            Path candidate = up.resolve(".cache/tdlib/0.1008065.0/libtdjson.so");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("libtdjson not found: run scripts/fetch-tdlib.sh or set TDLIB_PATH");
    }
}
