package io.telegate.bench;

import io.telegate.core.notify.DeliveryPolicy;
import io.telegate.core.notify.RateLimits;
import java.time.Duration;

/**
 * How the Telegate side of the notifier benchmark runs, from system properties: {@code telegate.bench.workers}
 * (delivery worker threads, 32), {@code telegate.bench.batch} (tasks per claim, 200),
 * {@code telegate.bench.pollMillis} (an idle worker's pause, the production 1,000), {@code telegate.bench.perSecond}
 * (the rate limiter's messages per second per bot, Telegram's 30) and {@code telegate.bench.store} ({@code indexed},
 * or {@code testkit} for the test kit's in-memory task store). Everything else is the production default.
 *
 * @param workers      delivery worker threads
 * @param policy       the workers' policy
 * @param limits       the per-bot rate limits the core keeps
 * @param testkitStore whether tasks live in the test kit's store rather than the {@link IndexedTaskStore}
 */
record TelegateSettings(int workers, DeliveryPolicy policy, RateLimits limits, boolean testkitStore) {

    static TelegateSettings fromSystemProperties() {
        DeliveryPolicy d = DeliveryPolicy.defaults();
        DeliveryPolicy policy = new DeliveryPolicy(Integer.getInteger("telegate.bench.batch", 200), d.lease(),
                d.maxAttempts(), d.backoffBase(), d.backoffMax(), d.jitter(),
                Duration.ofMillis(Integer.getInteger("telegate.bench.pollMillis", (int) d.pollInterval().toMillis())),
                d.onUnknown());
        RateLimits telegram = RateLimits.telegram();
        RateLimits limits = new RateLimits(Integer.getInteger("telegate.bench.perSecond", telegram.perSecond()),
                telegram.privateChatPerSecond(), telegram.groupPerMinute());
        return new TelegateSettings(Integer.getInteger("telegate.bench.workers", 32), policy, limits,
                "testkit".equals(System.getProperty("telegate.bench.store", "indexed")));
    }

    String describe() {
        return String.format("%d delivery workers, batch %d, idle poll %d ms, limiter %d/s per bot, %s task store",
                workers, policy.batchSize(), policy.pollInterval().toMillis(), limits.perSecond(),
                testkitStore ? "test kit in-memory" : "indexed in-memory");
    }
}
