package io.telegate.apps.monitor;

import io.telegate.apps.runtime.telegram.AccountSettings;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.config.TdlibSettings;
import io.telegate.apps.runtime.config.TelegramBackend;
import io.telegate.core.monitor.MonitorPolicy;
import io.telegate.core.vault.SealingKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The monitor's configuration, read once from the environment (and {@code .env}) with seed 000's names.
 *
 * @param common    LOG_*, HEALTH_CHECK_HOST, HEALTH_CHECK_PORT, SHUTDOWN_TIMEOUT_SECONDS
 * @param transport MONITOR_TRANSPORT: rabbitmq (default), redis or memory
 * @param state     MONITOR_STATE: redis or memory (default: memory with the memory transport, redis otherwise)
 * @param rabbit    RABBITMQ_URL, RABBITMQ_EXCHANGE and the queue names (RABBITMQ_COMMANDS_QUEUE, ...)
 * @param redis     REDIS_URL, REDIS_KEY_PREFIX of state and lease keys and, for the Redis transport, the key
 *                  names (MONITOR_COMMANDS_KEY, ...)
 * @param settings  FAILOVER_RETRY_DELAY_SECONDS, MAX_RECONNECT_ATTEMPTS, MONITOR_QUIET_PROBE_SECONDS,
 *                  MONITOR_LEASE_TTL_SECONDS, MONITOR_POLL_TIMEOUT_SECONDS, MONITOR_ID, SESSION_ENCRYPTION_KEY
 * @param telegram  TELEGRAM_BACKEND (sandbox or tdlib), SANDBOX_SEED and the TDLib settings
 */
public record MonitorConfig(CommonConfig common, Transport transport, StateBackend state, RabbitConfig rabbit,
                            RedisConfig redis, MonitorSettings settings, TelegramSettings telegram) {

    public MonitorConfig {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rabbit, "rabbit");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(telegram, "telegram");
    }

    public static MonitorConfig from(Env env) {
        String monitorId = env.string("MONITOR_ID", "monitor-" + env.string("HOSTNAME", "local"));
        Transport transport = env.enumOf("MONITOR_TRANSPORT", Transport.class, Transport.RABBITMQ);
        StateBackend state = env.enumOf("MONITOR_STATE", StateBackend.class,
                transport == Transport.MEMORY ? StateBackend.MEMORY : StateBackend.REDIS);
        if (transport == Transport.REDIS && state == StateBackend.MEMORY) {
            throw ConfigException.invalid("MONITOR_STATE", "memory", "redis with MONITOR_TRANSPORT=redis");
        }
        if (transport == Transport.MEMORY && state == StateBackend.REDIS) {
            throw ConfigException.invalid("MONITOR_STATE", "redis", "memory with MONITOR_TRANSPORT=memory");
        }
        return new MonitorConfig(CommonConfig.from(env), transport, state, rabbit(env, monitorId),
                redis(env, monitorId), settings(env, monitorId, state), TelegramSettings.from(env));
    }

    private static RabbitConfig rabbit(Env env, String monitorId) {
        String exchange = env.string("RABBITMQ_EXCHANGE", RabbitConfig.DEFAULT_EXCHANGE);
        String commands = env.string("RABBITMQ_COMMANDS_QUEUE", RabbitConfig.DEFAULT_COMMANDS_QUEUE);
        return env.parsed("RABBITMQ_URL", RabbitConfig.defaults(RabbitConfig.DEFAULT_URL), RabbitConfig::defaults,
                        "an amqp:// or amqps:// URL such as amqp://guest:guest@rabbitmq:5672/")
                .withExchange(exchange)
                .withCommandsQueue(commands)
                .withCommandsRoutingKey(env.string("RABBITMQ_COMMANDS_ROUTING_KEY",
                        RabbitConfig.DEFAULT_COMMANDS_ROUTING_KEY))
                .withEventsQueue(env.string("RABBITMQ_EVENTS_QUEUE", RabbitConfig.DEFAULT_EVENTS_QUEUE))
                .withEventsRoutingKey(env.string("RABBITMQ_EVENTS_ROUTING_KEY", RabbitConfig.DEFAULT_EVENTS_ROUTING_KEY))
                .withDeadLetterExchange(RabbitConfig.deadLetterExchangeOf(exchange))
                .withDeadLetterQueue(RabbitConfig.deadLetterQueueOf(commands))
                .withConnectionName(monitorId);
    }

    private static RedisConfig redis(Env env, String monitorId) {
        String commands = env.string("MONITOR_COMMANDS_KEY", RabbitConfig.DEFAULT_COMMANDS_QUEUE);
        String events = env.string("MONITOR_EVENTS_CHANNEL", RabbitConfig.DEFAULT_EVENTS_QUEUE);
        return env.parsed("REDIS_URL", RedisConfig.defaults("redis://127.0.0.1:6379/0", monitorId),
                        url -> RedisConfig.defaults(url, monitorId), "a redis:// or rediss:// URL")
                .withCommandsKey(commands)
                .withEventsChannel(events)
                .withEventsStreamKey(env.string("MONITOR_EVENTS_STREAM", events + ":stream"))
                .withDeadLetterKey(env.string("MONITOR_DEAD_LETTER_KEY", commands + ":dead"))
                .withKeyPrefix(env.string("REDIS_KEY_PREFIX", RedisConfig.DEFAULT_KEY_PREFIX));
    }

    private static MonitorSettings settings(Env env, String monitorId, StateBackend state) {
        MonitorPolicy policy = MonitorPolicy.defaults()
                .withRetry(env.secondsIn("FAILOVER_RETRY_DELAY_SECONDS", 5, 0, 3_600),
                        env.intIn("MAX_RECONNECT_ATTEMPTS", 3, 1, 100))
                .withQuietProbeAfter(env.secondsIn("MONITOR_QUIET_PROBE_SECONDS", 300, 1, 86_400))
                .withLeaseTtl(env.secondsIn("MONITOR_LEASE_TTL_SECONDS", 30, 3, 3_600));
        return new MonitorSettings(policy, env.secondsIn("MONITOR_POLL_TIMEOUT_SECONDS", 5, 1, 300), monitorId,
                keys(env, state));
    }

    /** SESSION_ENCRYPTION_KEY, required when sessions are stored outside the process; else a key of this run. */
    private static SealingKeys keys(Env env, StateBackend state) {
        String expected = "id:base64key[,id:base64key...] with 32-byte keys, e.g. k1:$(openssl rand -base64 32)";
        Optional<SealingKeys> configured = Optional.ofNullable(
                env.parsed("SESSION_ENCRYPTION_KEY", null, SealingKeys::parse, expected));
        if (configured.isPresent()) {
            return configured.get();
        }
        if (state == StateBackend.REDIS) {
            throw ConfigException.missing("SESSION_ENCRYPTION_KEY", expected);
        }
        return MonitorSettings.runKeys();
    }

    /** The health, metrics, status and command API server's settings. */
    public HttpServerConfig http() {
        return HttpServerConfig.of(common.healthCheckHost(), common.healthCheckPort());
    }

    /**
     * Which Telegram the monitor reads; the sessions themselves come with the commands.
     *
     * @param backend     TELEGRAM_BACKEND: sandbox (default) or tdlib
     * @param sandboxSeed SANDBOX_SEED: seed file of the built-in sandbox; empty = the bundled demo seed
     * @param tdlib       TDLIB_PATH, TELEGRAM_API_ID, TELEGRAM_API_HASH, ...; present exactly for the tdlib backend
     */
    public record TelegramSettings(TelegramBackend backend, Optional<Path> sandboxSeed, Optional<TdlibSettings> tdlib) {

        /** The three values that choose the Telegram the accounts talk to. */
        public AccountSettings accounts() {
            return new AccountSettings(backend, sandboxSeed, tdlib);
        }


        public TelegramSettings {
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(sandboxSeed, "sandbox seed");
            Objects.requireNonNull(tdlib, "tdlib");
            if (tdlib.isPresent() != (backend == TelegramBackend.TDLIB)) {
                throw new IllegalArgumentException("TDLib settings go with TELEGRAM_BACKEND=tdlib, and only with it");
            }
        }

        static TelegramSettings from(Env env) {
            TelegramBackend backend = env.enumOf("TELEGRAM_BACKEND", TelegramBackend.class, TelegramBackend.SANDBOX);
            Optional<Path> seed = env.optional("SANDBOX_SEED").map(v -> env.path("SANDBOX_SEED", null));
            seed.filter(p -> !Files.isReadable(p)).ifPresent(p -> {
                throw ConfigException.invalid("SANDBOX_SEED", p.toString(), "a readable sandbox seed file");
            });
            return new TelegramSettings(backend, seed, backend == TelegramBackend.TDLIB
                    ? Optional.of(TdlibSettings.from(env)) : Optional.empty());
        }
    }
}
