package io.telegate.apps.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.lifecycle.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor wired to the real libtdjson on the in-memory transport; no session is started, so TDLib stays offline. */
class MonitorTdlibTest {

    @TempDir
    Path dir;

    @Test
    void theTdlibWiringStartsAndStopsCleanlyWithoutASandbox() throws Exception {
        MonitorConfig config = MonitorConfig.from(Env.of(Map.of("MONITOR_TRANSPORT", "memory",
                "HEALTH_CHECK_HOST", "127.0.0.1", "HEALTH_CHECK_PORT", "0", "MONITOR_ID", "tdlib-test",
                "TELEGRAM_BACKEND", "tdlib", "TDLIB_PATH", realLibrary().toString(), "TELEGRAM_API_ID", "12345",
                "TELEGRAM_API_HASH", "0123456789abcdef0123456789abcdef",
                "TDLIB_DATABASE_DIR", dir.resolve("tdlib").toString())));
        MonitorComponent monitor = Main.build(config, Clock.systemUTC());

        assertThat(monitor.lifecycle().services()).extracting(Service::name).contains("tdlib");
        assertThatThrownBy(monitor::sandbox).isInstanceOf(IllegalStateException.class).hasMessageContaining("tdlib");
        monitor.lifecycle().start();
        monitor.lifecycle().stop();
        assertThat(monitor.lifecycle().awaitStopped(Duration.ofSeconds(10))).isTrue();
    }

    /** TDLIB_PATH, else the copy scripts/fetch-tdlib.sh placed in .cache/tdlib of the repository. */
    private static Path realLibrary() {
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
