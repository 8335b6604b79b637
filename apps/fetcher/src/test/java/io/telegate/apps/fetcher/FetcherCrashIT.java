package io.telegate.apps.fetcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher jar killed with SIGKILL in the middle of a day, then started again: the command is not lost,
 * the work resumes, and every message ends up in the files exactly once.
 */
class FetcherCrashIT {

    private static final long MESSAGES = 300_000;

    @TempDir
    Path dir;
    private final RedisFixture redis = new RedisFixture();
    private Process running;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroyForcibly().waitFor();
        }
        redis.close();
    }

    private Process start(Map<String, String> env, String name) throws IOException {
        Path jar = Path.of(System.getProperty("fetcher.jar", "target/fetcher.jar"));
        assertThat(jar).as("the fetcher jar is built before integration tests run").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        running = builder.start();
        return running;
    }

    private static boolean someDayWritten(Path data) throws IOException {
        JsonNode days = FetcherFixture.progress(data).path("days").path("@fetch_it");
        return days.size() > 0;
    }

    @Test
    void aFetcherKilledMidDayResumesOnRestartAndStoresEveryMessageExactlyOnce() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> env = FetcherFixture.env(redis, data, FetcherFixture.seed(dir, MESSAGES), "crash-worker");
        env.put("LOG_LEVEL", "WARN");
        redis.lpush("""
                {"command":"fetch","command_id":"c-crash","chat":"@fetch_it","mode":"range",
                 "from":"2025-03-01","to":"2025-03-05","strategy":"batch"}""");

        Process first = start(env, "first");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!someDayWritten(data) && System.nanoTime() < deadline && first.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(someDayWritten(data)).as("the first run wrote part of the history").isTrue();
        first.destroyForcibly().waitFor();

        assertThat(redis.events()).noneMatch(e -> e.contains("\"completed\""));
        assertThat(redis.processing("crash-worker")).as("the command in flight is kept, not lost").isEqualTo(1);

        Process second = start(env, "second");
        redis.awaitEvent(e -> e.contains("\"completed\"") && e.contains("c-crash"), Duration.ofSeconds(120));
        second.destroy();
        second.waitFor();

        assertThat(FetcherFixture.allIds(data.resolve("fetch_it"))).hasSize((int) MESSAGES);
        JsonNode days = FetcherFixture.progress(data).path("days").path("@fetch_it");
        assertThat(days.size()).isEqualTo(5);
        days.forEach(day -> assertThat(day.path("complete").asBoolean()).isTrue());
        assertThat(redis.processing("crash-worker")).isZero();
        assertThat(Files.list(data.resolve("fetch_it").resolve("2025"))
                .filter(f -> f.getFileName().toString().contains(".tmp"))).isEmpty();
    }
}
