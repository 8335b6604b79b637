package io.telegate.apps.fetcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.apps.runtime.config.Env;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sandbox seed, the fetcher's environment for it, and readers of what the fetcher wrote. */
final class FetcherFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A seed: reader 1 in supergroup @fetch_it with {@code messages} generated over 2025-03-01..2025-03-05. */
    static Path seed(Path dir, long messages) throws IOException {
        Files.createDirectories(dir);
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {"users": [{"id": 1, "first_name": "Reader", "username": "fetch_reader"},
                           {"id": 2, "first_name": "Writer", "username": "fetch_writer"}],
                 "chats": [{"kind": "supergroup", "title": "Fetch IT", "username": "fetch_it", "members": [1, 2],
                            "generate": {"from": "2025-03-01", "to": "2025-03-05", "messages": %d, "seed": 7}},
                           {"kind": "supergroup", "title": "Recent", "username": "fetch_recent", "members": [1, 2],
                            "generate": {"days": 3, "messages": 90, "seed": 8}}],
                 "sessions": [{"user_id": 1, "id": "it-session"}]}
                """.formatted(messages));
        return seed;
    }

    static Map<String, String> env(RedisFixture redis, Path dataDir, Path seed, String workerId) {
        Map<String, String> env = new HashMap<>();
        env.put("FETCHER_TRANSPORT", "redis");
        env.put("REDIS_URL", RedisFixture.URL);
        env.put("TG_COMMANDS_KEY", redis.commandsKey);
        env.put("TG_EVENTS_CHANNEL", redis.eventsChannel);
        env.put("TG_EVENTS_STREAM", redis.prefix + "tg_events:stream");
        env.put("TG_DEAD_LETTER_KEY", redis.deadLetterKey);
        env.put("DATA_DIR", dataDir.toString());
        env.put("SANDBOX_SEED", seed.toString());
        env.put("TELEGRAM_SESSION_ID", "it-session");
        env.put("FETCHER_ID", workerId);
        env.put("HEALTH_CHECK_HOST", "127.0.0.1");
        env.put("HEALTH_CHECK_PORT", "0");
        env.put("BLPOP_TIMEOUT_SECONDS", "1");
        env.put("FLOOD_WAIT_MAX_SECONDS", "5");
        return env;
    }

    static FetcherConfig config(Map<String, String> env) {
        return FetcherConfig.from(Env.of(env));
    }

    /** The ids in one day file, in file order; every line must parse. */
    static List<Long> ids(Path dayFile) {
        try {
            return Files.readAllLines(dayFile).stream().map(line -> {
                try {
                    return JSON.readTree(line).get("id").asLong();
                } catch (IOException e) {
                    throw new AssertionError("invalid JSON line in " + dayFile + ": " + line, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dayFile(Path dataDir, String chatFolder, String date) {
        return dataDir.resolve(chatFolder).resolve(date.substring(0, 4)).resolve("discussions_" + date + ".json");
    }

    /** Ids over every day file of a chat folder; asserts none repeats. */
    static Set<Long> allIds(Path chatDir) throws IOException {
        Set<Long> ids = new HashSet<>();
        try (var files = Files.walk(chatDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("discussions_")).toList()) {
                for (long id : ids(file)) {
                    if (!ids.add(id)) {
                        throw new AssertionError("message " + id + " stored twice (" + file + ")");
                    }
                }
            }
        }
        return ids;
    }

    static JsonNode progress(Path dataDir) throws IOException {
        Path file = dataDir.resolve("progress.json");
        return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
