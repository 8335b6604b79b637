package io.telegate.apps.fetcher;

import io.telegate.adapters.files.FilesConfig;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.core.fetch.FetchPolicy;
import io.telegate.ports.model.fetch.FetchStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The fetcher's configuration, read once from the environment (and {@code .env}) with seed 002's names.
 *
 * @param common       LOG_*, HEALTH_CHECK_*, SHUTDOWN_TIMEOUT_SECONDS
 * @param transport    FETCHER_TRANSPORT: redis (default) or memory
 * @param redis        REDIS_URL and the key names (TG_COMMANDS_KEY, TG_EVENTS_CHANNEL, ...)
 * @param rabbit       RABBITMQ_URL and FETCH_RABBITMQ_EXCHANGE / _COMMANDS_QUEUE / _EVENTS_QUEUE
 * @param files        DATA_DIR, default ./data
 * @param settings     FETCH_CONCURRENCY, FETCH_STRATEGY, FLOOD_WAIT_MAX_SECONDS, NETWORK_MAX_ATTEMPTS, BLPOP_TIMEOUT_SECONDS, FETCHER_ID
 * @param telegram     TELEGRAM_BACKEND (sandbox), SANDBOX_SEED and the session to fetch with
 */
public record FetcherConfig(CommonConfig common, Transport transport, RedisConfig redis, RabbitConfig rabbit,
                            FilesConfig files,
                            FetchSettings settings, TelegramSettings telegram) {

    public FetcherConfig {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(rabbit, "rabbit");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(telegram, "telegram");
    }

    public static FetcherConfig from(Env env) {
        String workerId = env.string("FETCHER_ID", defaultWorkerId(env));
        return new FetcherConfig(CommonConfig.from(env), env.enumOf("FETCHER_TRANSPORT", Transport.class,
                Transport.REDIS), redis(env, workerId), rabbit(env, workerId),
                new FilesConfig(env.path("DATA_DIR", "./data")),
                settings(env, workerId), TelegramSettings.from(env));
    }

    private static RedisConfig redis(Env env, String workerId) {
        return RedisConfig.defaults(env.string("REDIS_URL", "redis://127.0.0.1:6379/0"), workerId)
                .withCommandsKey(env.string("TG_COMMANDS_KEY", "tg_commands"))
                .withEventsChannel(env.string("TG_EVENTS_CHANNEL", "tg_events"))
                .withEventsStreamKey(env.string("TG_EVENTS_STREAM", "tg_events:stream"))
                .withDeadLetterKey(env.string("TG_DEAD_LETTER_KEY", "tg_commands:dead"));
    }

    private static RabbitConfig rabbit(Env env, String workerId) {
        String exchange = env.string("FETCH_RABBITMQ_EXCHANGE", "telegate_fetch");
        String commands = env.string("FETCH_RABBITMQ_COMMANDS_QUEUE", "tg_commands");
        return RabbitConfig.defaults(env.string("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/"))
                .withExchange(exchange)
                .withCommandsQueue(commands)
                .withEventsQueue(env.string("FETCH_RABBITMQ_EVENTS_QUEUE", "tg_events"))
                .withDeadLetterExchange(RabbitConfig.deadLetterExchangeOf(exchange))
                .withDeadLetterQueue(RabbitConfig.deadLetterQueueOf(commands))
                .withConnectionName(workerId);
    }

    private static FetchSettings settings(Env env, String workerId) {
        FetchPolicy policy = FetchPolicy.defaults()
                .withConcurrency(env.intIn("FETCH_CONCURRENCY", 4, 1, 64))
                .withFloodWaitCap(env.secondsIn("FLOOD_WAIT_MAX_SECONDS", 300, 1, 86_400))
                .withNetworkAttempts(env.intIn("NETWORK_MAX_ATTEMPTS", 5, 1, 100));
        FetchStrategy strategy = env.parsed("FETCH_STRATEGY", FetchStrategy.BATCH, FetchStrategy::fromWire,
                "batch or per_day");
        return new FetchSettings(policy, env.secondsIn("BLPOP_TIMEOUT_SECONDS", 5, 1, 300), workerId, strategy);
    }

    private static String defaultWorkerId(Env env) {
        return "fetcher-" + env.string("HOSTNAME", "local");
    }

    /**
     * Which Telegram the fetcher reads and with which session.
     *
     * @param sandboxSeed SANDBOX_SEED: seed file of the built-in sandbox; empty = the bundled demo seed
     * @param sessionId   TELEGRAM_SESSION_ID: the session to fetch with (default {@code demo-session})
     */
    public record TelegramSettings(Optional<Path> sandboxSeed, String sessionId) {

        static TelegramSettings from(Env env) {
            String backend = env.string("TELEGRAM_BACKEND", "sandbox");
            if (!backend.equals("sandbox")) {
                throw ConfigException.invalid("TELEGRAM_BACKEND", backend,
                        "sandbox (the TDLib backend for real accounts is not part of this build yet)");
            }
            Optional<Path> seed = env.optional("SANDBOX_SEED").map(v -> env.path("SANDBOX_SEED", null));
            seed.filter(p -> !Files.isReadable(p)).ifPresent(p -> {
                throw ConfigException.invalid("SANDBOX_SEED", p.toString(), "a readable sandbox seed file");
            });
            return new TelegramSettings(seed, env.string("TELEGRAM_SESSION_ID", "demo-session"));
        }
    }
}
