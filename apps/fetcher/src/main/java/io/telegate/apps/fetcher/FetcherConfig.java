package io.telegate.apps.fetcher;

import io.telegate.apps.runtime.telegram.AccountSettings;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.config.TdlibSettings;
import io.telegate.apps.runtime.config.TelegramBackend;
import io.telegate.core.fetch.FetchPolicy;
import io.telegate.ports.model.SessionDescriptor;
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
 * @param telegram     TELEGRAM_BACKEND (sandbox or tdlib), its settings and the session to fetch with
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

    /** The prefix of the session strings the TDLib adapter writes. */
    static final String TDLIB_SESSION_PREFIX = "tdlib1:";

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
     * @param backend     TELEGRAM_BACKEND: sandbox (default) or tdlib
     * @param sandboxSeed SANDBOX_SEED: seed file of the built-in sandbox; empty = the bundled demo seed
     * @param tdlib       TDLIB_PATH, TELEGRAM_API_ID, TELEGRAM_API_HASH, ...; present exactly for the tdlib backend
     * @param sessionId   TELEGRAM_SESSION_ID: the session to fetch with (default {@code demo-session} in the sandbox)
     * @param session     for tdlib: TELEGRAM_SESSION_ID, TELEGRAM_API_HASH and TELEGRAM_SESSION_STRING (a secret);
     *                    empty when the fetcher only logs accounts in, and for the sandbox, whose seed has it
     */
    public record TelegramSettings(TelegramBackend backend, Optional<Path> sandboxSeed, Optional<TdlibSettings> tdlib,
                                   String sessionId, Optional<SessionDescriptor> session) {

        /** The three values that choose the Telegram the accounts talk to. */
        public AccountSettings accounts() {
            return new AccountSettings(backend, sandboxSeed, tdlib);
        }


        public TelegramSettings {
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(sandboxSeed, "sandbox seed");
            Objects.requireNonNull(tdlib, "tdlib");
            Objects.requireNonNull(sessionId, "session id");
            Objects.requireNonNull(session, "session");
            if (tdlib.isPresent() != (backend == TelegramBackend.TDLIB)) {
                throw new IllegalArgumentException("TDLib settings go with TELEGRAM_BACKEND=tdlib, and only with it");
            }
        }

        /** What running the fetcher needs: with tdlib, the session to fetch with as well. */
        static TelegramSettings from(Env env) {
            TelegramSettings settings = forLogin(env);
            if (settings.backend() != TelegramBackend.TDLIB) {
                return settings;
            }
            String howToGet = "the \"%s\" of the session JSON that java -jar fetcher.jar login printed";
            String id = env.optional("TELEGRAM_SESSION_ID").orElseThrow(() -> ConfigException.missing(
                    "TELEGRAM_SESSION_ID", howToGet.formatted("id")));
            String sessionString = env.optional("TELEGRAM_SESSION_STRING").orElseThrow(() -> ConfigException.missing(
                    "TELEGRAM_SESSION_STRING", howToGet.formatted("session_string")));
            if (!sessionString.startsWith(TDLIB_SESSION_PREFIX)) {
                throw ConfigException.invalid("TELEGRAM_SESSION_STRING", sessionString, "a TDLib session starting with "
                        + TDLIB_SESSION_PREFIX + " (Telethon and Pyrogram strings cannot be used: log in again)");
            }
            return new TelegramSettings(settings.backend(), settings.sandboxSeed(), settings.tdlib(), id,
                    Optional.of(new SessionDescriptor(id, settings.tdlib().orElseThrow().apiHash(), sessionString)));
        }

        /** What logging an account in needs: the backend and its settings, no session. */
        static TelegramSettings forLogin(Env env) {
            TelegramBackend backend = env.enumOf("TELEGRAM_BACKEND", TelegramBackend.class, TelegramBackend.SANDBOX);
            Optional<Path> seed = env.optional("SANDBOX_SEED").map(v -> env.path("SANDBOX_SEED", null));
            seed.filter(p -> !Files.isReadable(p)).ifPresent(p -> {
                throw ConfigException.invalid("SANDBOX_SEED", p.toString(), "a readable sandbox seed file");
            });
            Optional<TdlibSettings> tdlib = backend == TelegramBackend.TDLIB
                    ? Optional.of(TdlibSettings.from(env)) : Optional.empty();
            return new TelegramSettings(backend, seed, tdlib, env.string("TELEGRAM_SESSION_ID", "demo-session"),
                    Optional.empty());
        }
    }
}
