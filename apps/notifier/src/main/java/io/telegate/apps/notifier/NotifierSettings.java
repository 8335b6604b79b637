package io.telegate.apps.notifier;

import io.telegate.adapters.http.notify.JwtConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import io.telegate.core.notify.BotDirectory;
import io.telegate.core.notify.DeliveryPolicy;
import io.telegate.core.notify.NotificationRules;
import io.telegate.core.notify.RateLimits;
import io.telegate.ports.model.notify.UnknownPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the notification services, the delivery workers and the task API need besides their ports; the demo builds
 * one of its own.
 *
 * @param bots     NOTIFIER_BOTS and NOTIFIER_DEFAULT_BOT
 * @param policy   NOTIFIER_BATCH_SIZE, NOTIFIER_LEASE_SECONDS, NOTIFIER_MAX_ATTEMPTS, NOTIFIER_POLL_INTERVAL,
 *                 NOTIFIER_UNKNOWN_POLICY
 * @param limits   NOTIFIER_RATE_PER_SECOND, NOTIFIER_RATE_PRIVATE_CHAT_PER_SECOND, NOTIFIER_RATE_GROUP_PER_MINUTE
 * @param rules    NOTIFIER_MAX_TEXT_LENGTH
 * @param jwt      NOTIFIER_JWT_SECRET, NOTIFIER_JWKS_URL, NOTIFIER_JWT_CLOCK_SKEW_SECONDS
 * @param workerId NOTIFIER_ID: this process in task claims (each worker thread adds its number)
 * @param workers  NOTIFIER_WORKERS: delivery threads in this process
 */
public record NotifierSettings(BotDirectory bots, DeliveryPolicy policy, RateLimits limits, NotificationRules rules,
                               JwtConfig jwt, String workerId, int workers) {

    public NotifierSettings {
        Objects.requireNonNull(bots, "bots");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(workerId, "workerId");
        if (workers < 1) {
            throw new IllegalArgumentException("at least one delivery worker, was " + workers);
        }
    }

    /** Reads the variables; the lease must outlast a Bot API call ({@code callTimeout}) by a wide margin. */
    static NotifierSettings from(Env env, Duration callTimeout) {
        return new NotifierSettings(BotsVariable.read(env), policy(env, callTimeout), limits(env),
                new NotificationRules(env.intIn("NOTIFIER_MAX_TEXT_LENGTH", 10 * 4096, 1, 100_000),
                        NotificationRules.defaults().sendAtTolerance()),
                jwt(env), env.string("NOTIFIER_ID", "notifier-" + env.string("HOSTNAME", "local") + "-"
                        + ProcessHandle.current().pid()),
                env.intIn("NOTIFIER_WORKERS", 2, 1, 64));
    }

    private static DeliveryPolicy policy(Env env, Duration callTimeout) {
        DeliveryPolicy defaults = DeliveryPolicy.defaults();
        Duration lease = env.secondsIn("NOTIFIER_LEASE_SECONDS", defaults.lease().toSeconds(), 5, 3_600);
        if (lease.compareTo(callTimeout.plusSeconds(10)) < 0) {
            throw ConfigException.invalid("NOTIFIER_LEASE_SECONDS", Long.toString(lease.toSeconds()),
                    "at least TELEGRAM_BOT_API_TIMEOUT_SECONDS + 10 (" + callTimeout.plusSeconds(10).toSeconds()
                            + "): a worker outliving its lease turns tasks unknown");
        }
        Duration poll = env.duration("NOTIFIER_POLL_INTERVAL", defaults.pollInterval());
        if (poll.isZero() || poll.compareTo(Duration.ofMinutes(1)) > 0) {
            throw ConfigException.invalid("NOTIFIER_POLL_INTERVAL", poll.toString(), "a duration from 1ms to 1m");
        }
        return new DeliveryPolicy(env.intIn("NOTIFIER_BATCH_SIZE", defaults.batchSize(), 1, 500), lease,
                env.intIn("NOTIFIER_MAX_ATTEMPTS", defaults.maxAttempts(), 1, 100), defaults.backoffBase(),
                defaults.backoffMax(), defaults.jitter(), poll,
                env.enumOf("NOTIFIER_UNKNOWN_POLICY", UnknownPolicy.class, UnknownPolicy.SURFACE));
    }

    private static RateLimits limits(Env env) {
        RateLimits telegram = RateLimits.telegram();
        return new RateLimits(env.intIn("NOTIFIER_RATE_PER_SECOND", telegram.perSecond(), 1, 10_000),
                env.intIn("NOTIFIER_RATE_PRIVATE_CHAT_PER_SECOND", telegram.privateChatPerSecond(), 1, 1_000),
                env.intIn("NOTIFIER_RATE_GROUP_PER_MINUTE", telegram.groupPerMinute(), 1, 60_000));
    }

    private static JwtConfig jwt(Env env) {
        Optional<String> secret = env.optional("NOTIFIER_JWT_SECRET");
        Optional<URI> jwks = Optional.ofNullable(env.url("NOTIFIER_JWKS_URL", null));
        if (secret.isEmpty() && jwks.isEmpty()) {
            throw ConfigException.missing("NOTIFIER_JWT_SECRET", "a secret of at least " + JwtConfig.MIN_SECRET_BYTES
                    + " bytes for HS256 tokens, or NOTIFIER_JWKS_URL for tokens of an identity provider");
        }
        if (secret.filter(s -> s.getBytes(StandardCharsets.UTF_8).length
                < JwtConfig.MIN_SECRET_BYTES).isPresent()) {
            throw ConfigException.invalid("NOTIFIER_JWT_SECRET", "", "at least " + JwtConfig.MIN_SECRET_BYTES
                    + " bytes (e.g. openssl rand -base64 48)");
        }
        jwks.filter(url -> !url.getScheme().startsWith("http")).ifPresent(url -> {
            throw ConfigException.invalid("NOTIFIER_JWKS_URL", url.toString(), "an http:// or https:// URL");
        });
        return new JwtConfig(secret, jwks, env.secondsIn("NOTIFIER_JWT_CLOCK_SKEW_SECONDS",
                JwtConfig.DEFAULT_CLOCK_SKEW.toSeconds(), 0, 600));
    }
}
