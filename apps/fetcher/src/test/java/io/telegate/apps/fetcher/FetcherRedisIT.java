package io.telegate.apps.fetcher;

import static io.telegate.apps.fetcher.FetcherFixture.allIds;
import static io.telegate.apps.fetcher.FetcherFixture.dayFile;
import static io.telegate.apps.fetcher.FetcherFixture.ids;
import static io.telegate.apps.fetcher.FetcherFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher runtime on the real Redis with seed 002's producers and subscribers, reading the sandbox. */
class FetcherRedisIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private RedisFixture redis;
    private FetcherComponent fetcher;
    private Path data;

    @BeforeEach
    void startFetcher() throws Exception {
        redis = new RedisFixture();
        data = dir.resolve("data");
        Path seed = FetcherFixture.seed(dir, 500);
        fetcher = Main.build(FetcherFixture.config(FetcherFixture.env(redis, data, seed, "it-worker")),
                Clock.systemUTC());
        fetcher.lifecycle().start();
    }

    @AfterEach
    void stopFetcher() {
        fetcher.lifecycle().stop();
        redis.close();
    }

    private static Predicate<String> event(String type, String commandId) {
        return json -> {
            JsonNode node = parse(json);
            return node.path("event").asText().equals(type) && node.path("command_id").asText().equals(commandId);
        };
    }

    @Test
    void dateModeArchivesThatDayAndReportsCompleted() throws Exception {
        redis.lpush("""
                {"command":"fetch","command_id":"c-date","chat":"@fetch_it","mode":"date","date":"2025-03-02"}""");

        JsonNode completed = parse(redis.awaitEvent(event("completed", "c-date"), WAIT));

        Path file = dayFile(data, "fetch_it", "2025-03-02");
        assertThat(ids(file)).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(completed.get("processed").asLong()).isEqualTo(ids(file).size());
        assertThat(completed.get("mode").asText()).isEqualTo("date");
        assertThat(completed.get("params").get("date").asText()).isEqualTo("2025-03-02");
        assertThat(redis.events()).anyMatch(event("started", "c-date"));
        assertThat(FetcherFixture.progress(data).at("/days/@fetch_it/2025-03-02/complete").asBoolean()).isTrue();
    }

    @Test
    void rangeModePerDayArchivesEveryMessageOnceAndARerunAddsNothing() throws Exception {
        String command = """
                {"command":"fetch","command_id":"c-range","chat":"@fetch_it","mode":"range",
                 "from":"2025-03-01","to":"2025-03-05","strategy":"per_day"}""";
        redis.lpush(command);
        redis.awaitEvent(event("completed", "c-range"), WAIT);
        byte[] before = Files.readAllBytes(dayFile(data, "fetch_it", "2025-03-03"));

        redis.lpush(command.replace("c-range", "c-range-again"));
        JsonNode again = parse(redis.awaitEvent(event("completed", "c-range-again"), WAIT));

        assertThat(allIds(data.resolve("fetch_it"))).hasSize(500);
        assertThat(Files.readAllBytes(dayFile(data, "fetch_it", "2025-03-03"))).isEqualTo(before);
        assertThat(again.get("processed").asLong()).isZero();
    }

    @Test
    void daysModeCountsBackFromToday() throws Exception {
        // the seed spreads 90 messages over the last 72 hours: four calendar days up to today
        redis.lpush("""
                {"command":"fetch","command_id":"c-days","chat":"@fetch_recent","mode":"days","days":4}""");

        redis.awaitEvent(event("completed", "c-days"), WAIT);

        assertThat(allIds(data.resolve("fetch_recent"))).hasSize(90);
    }

    @Test
    void aPoisonCommandIsRejectedNamingTheFieldDeadLetteredAndDoesNotBlockTheQueue() throws Exception {
        // LPUSH producers with a consumer taking from the head (seed 002's BLPOP) get newest first:
        // the good command is pushed first so it runs after both poison commands.
        redis.lpush("""
                {"command":"fetch","command_id":"c-after","chat":"@fetch_it","mode":"date","date":"2025-03-01"}""",
                "{\"command\":\"fetch\",\"chat\":\"@fetch_it\",\"mode\":\"weekly\"}",
                "this is not json");

        redis.awaitEvent(event("completed", "c-after"), WAIT);

        assertThat(redis.events().stream().map(FetcherFixture::parse)
                .filter(e -> e.path("event").asText().equals("failed")))
                .hasSize(2)
                .anySatisfy(e -> {
                    assertThat(e.path("field").asText()).isEqualTo("mode");
                    assertThat(e.path("error").asText()).isEqualTo("invalid_command");
                });
        assertThat(redis.deadLetters()).isEqualTo(2);
    }

    @Test
    void aFloodWaitLongerThanTheCapFailsTheCommandWithAClearError() throws Exception {
        fetcher.sandbox().injectFloodWait("it-session", Duration.ofSeconds(60), 1);

        redis.lpush("""
                {"command":"fetch","command_id":"c-flood","chat":"@fetch_it","mode":"date","date":"2025-03-04"}""");

        JsonNode failed = parse(redis.awaitEvent(event("failed", "c-flood"), WAIT));
        assertThat(failed.get("error").asText()).isEqualTo("flood_wait_cap");
        assertThat(failed.get("reason").asText()).contains("60 s");
        // the event is published as the command ends; the worker dead-letters the command right after
        long end = System.nanoTime() + WAIT.toNanos();
        while (redis.deadLetters() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(redis.deadLetters()).isEqualTo(1);
        assertThat(Files.exists(dayFile(data, "fetch_it", "2025-03-04"))).isFalse();
    }

    @Test
    void aFloodWaitWithinTheCapIsWaitedOutAndAnnounced() throws Exception {
        fetcher.sandbox().injectFloodWait("it-session", Duration.ofSeconds(2), 1);

        redis.lpush("""
                {"command":"fetch","command_id":"c-wait","chat":"@fetch_it","mode":"date","date":"2025-03-05"}""");

        redis.awaitEvent(event("completed", "c-wait"), WAIT);
        assertThat(redis.events().stream().map(FetcherFixture::parse)
                .filter(e -> e.path("event").asText().equals("progress") && e.has("waiting_until")))
                .isNotEmpty();
    }

    @Test
    void twoFetchersOnOneQueueAndOneArchiveStoreEveryMessageOnce() throws Exception {
        Path seed = FetcherFixture.seed(dir.resolve("second"), 500);
        FetcherComponent second = Main.build(FetcherFixture.config(FetcherFixture.env(redis, data, seed, "it-worker-2")),
                Clock.systemUTC());
        second.lifecycle().start();
        try {
            for (int i = 0; i < 4; i++) {
                redis.lpush("""
                        {"command":"fetch","command_id":"c-shared-%d","chat":"@fetch_it","mode":"range",
                         "from":"2025-03-01","to":"2025-03-05","strategy":"per_day"}""".formatted(i));
            }
            for (int i = 0; i < 4; i++) {
                redis.awaitEvent(event("completed", "c-shared-" + i), WAIT);
            }
        } finally {
            second.lifecycle().stop();
        }

        assertThat(allIds(data.resolve("fetch_it"))).hasSize(500);
        assertThat(redis.events().stream().map(FetcherFixture::parse)
                .filter(e -> e.path("event").asText().equals("started"))
                .map(e -> e.path("command_id").asText())).hasSize(4).doesNotHaveDuplicates();
    }
}
