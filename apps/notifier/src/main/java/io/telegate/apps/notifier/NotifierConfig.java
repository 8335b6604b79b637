package io.telegate.apps.notifier;

import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcEnvironment;
import io.telegate.adapters.rabbitmq.RabbitConfig;
import io.telegate.adapters.redis.RedisConfig;
import io.telegate.adapters.telegram.bot.BotApiConfig;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The notifier's configuration, read once from the environment (and {@code .env}); docs/notifier.md lists every
 * variable.
 *
 * @param common   LOG_*, HEALTH_CHECK_HOST / _PORT (the task API shares that server), SHUTDOWN_TIMEOUT_SECONDS
 * @param database DATABASE_URL (PostgreSQL; unset: the embedded H2 file under DATA_DIR), DATABASE_USER, ...
 * @param events   NOTIFIER_EVENTS: memory (default), redis or rabbitmq
 * @param redis    REDIS_URL, NOTIFIER_EVENTS_CHANNEL, NOTIFIER_EVENTS_STREAM
 * @param rabbit   RABBITMQ_URL, NOTIFIER_RABBITMQ_EXCHANGE, NOTIFIER_RABBITMQ_EVENTS_QUEUE
 * @param botApi   TELEGRAM_BOT_API_URL (default https://api.telegram.org), TELEGRAM_BOT_API_TIMEOUT_SECONDS
 * @param settings the bots, the delivery policy and limits, the JWT checks, the workers
 */
public record NotifierConfig(CommonConfig common, JdbcConfig database, NotifierEvents events, RedisConfig redis,
                             RabbitConfig rabbit, BotApiConfig botApi, NotifierSettings settings) {

    private static final List<String> DATABASE_VARIABLES = List.of("DATABASE_URL", "DATABASE_USER",
            "DATABASE_PASSWORD", "DATABASE_POOL_SIZE", "DATABASE_SCHEMA", "DATABASE_CONNECT_TIMEOUT_MS", "DATA_DIR");

    public NotifierConfig {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(rabbit, "rabbit");
        Objects.requireNonNull(botApi, "botApi");
        Objects.requireNonNull(settings, "settings");
    }

    public static NotifierConfig from(Env env) {
        BotApiConfig botApi = botApi(env);
        NotifierSettings settings = NotifierSettings.from(env, botApi.callTimeout());
        return new NotifierConfig(CommonConfig.from(env), database(env),
                env.enumOf("NOTIFIER_EVENTS", NotifierEvents.class, NotifierEvents.MEMORY),
                redis(env, settings.workerId()), rabbit(env, settings.workerId()), botApi, settings);
    }

    private static JdbcConfig database(Env env) {
        Map<String, String> variables = new HashMap<>();
        DATABASE_VARIABLES.forEach(name -> env.optional(name).ifPresent(value -> variables.put(name, value)));
        try {
            return JdbcEnvironment.read(variables);
        } catch (IllegalArgumentException e) {
            // the adapter's messages name the variable and never a URL or password
            throw new ConfigException("the database configuration is invalid: " + e.getMessage());
        }
    }

    private static BotApiConfig botApi(Env env) {
        URI url = env.url("TELEGRAM_BOT_API_URL", BotApiConfig.TELEGRAM.toString());
        Duration timeout = env.secondsIn("TELEGRAM_BOT_API_TIMEOUT_SECONDS", 30, 1, 300);
        try {
            BotApiConfig config = BotApiConfig.defaults(url).withCallTimeout(timeout);
            return config.readTimeout().compareTo(timeout) > 0 ? config.withReadTimeout(timeout) : config;
        } catch (IllegalArgumentException e) {
            throw ConfigException.invalid("TELEGRAM_BOT_API_URL", url.toString(), "scheme://host[:port] of the Bot "
                    + "API, without a path or credentials");
        }
    }

    private static RedisConfig redis(Env env, String workerId) {
        String channel = env.string("NOTIFIER_EVENTS_CHANNEL", "notifier_events");
        return env.parsed("REDIS_URL", RedisConfig.defaults("redis://127.0.0.1:6379/0", workerId),
                        url -> RedisConfig.defaults(url, workerId), "a redis:// or rediss:// URL")
                .withEventsChannel(channel)
                .withEventsStreamKey(env.string("NOTIFIER_EVENTS_STREAM", channel + ":stream"));
    }

    private static RabbitConfig rabbit(Env env, String workerId) {
        String exchange = env.string("NOTIFIER_RABBITMQ_EXCHANGE", "telegate_notify");
        // The adapter declares a commands queue too; the notifier takes no commands from it.
        String commands = "notifier_commands";
        return env.parsed("RABBITMQ_URL", RabbitConfig.defaults(RabbitConfig.DEFAULT_URL), RabbitConfig::defaults,
                        "an amqp:// or amqps:// URL such as amqp://guest:guest@rabbitmq:5672/")
                .withExchange(exchange)
                .withCommandsQueue(commands)
                .withEventsQueue(env.string("NOTIFIER_RABBITMQ_EVENTS_QUEUE", "notifier_events"))
                .withDeadLetterExchange(RabbitConfig.deadLetterExchangeOf(exchange))
                .withDeadLetterQueue(RabbitConfig.deadLetterQueueOf(commands))
                .withConnectionName(workerId);
    }
}
