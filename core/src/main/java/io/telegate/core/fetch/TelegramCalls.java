package io.telegate.core.fetch;

import io.telegate.core.time.Pause;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Runs one Telegram request under the fetcher's rate-limit and retry rules: FloodWait sleeps wait + jitter up
 * to the cap, network errors back off exponentially up to N attempts, lost access fails the command.
 */
final class TelegramCalls {

    private final FetchPolicy policy;
    private final Pause pause;
    private final Clock clock;
    private final RandomGenerator random;
    private final Metrics metrics;

    TelegramCalls(FetchPolicy policy, Pause pause, Clock clock, RandomGenerator random, Metrics metrics) {
        this.policy = policy;
        this.pause = pause;
        this.clock = clock;
        this.random = random;
        this.metrics = metrics;
    }

    <T> T call(FetchRun run, FetchEvents.Throttle throttle, Supplier<T> request) throws InterruptedException {
        int attempt = 0;
        while (true) {
            try {
                return request.get();
            } catch (FloodWaitException e) {
                metrics.increment("telegate.fetch.flood_waits");
                waitOut(run, throttle, e.waitDuration());
            } catch (AccessLostException e) {
                throw FetchAborted.command("access_lost", e.getMessage());
            } catch (ChatUnavailableException e) {
                throw FetchAborted.command("chat_unavailable", e.getMessage());
            } catch (TransientFailure e) {
                attempt++;
                metrics.increment("telegate.fetch.network_errors");
                if (attempt >= policy.networkAttempts()) {
                    throw FetchAborted.day("network", "gave up after " + attempt + " attempts: " + e.getMessage());
                }
                pause.pause(policy.backoff(attempt));
            } catch (PermanentFailure e) {
                throw FetchAborted.command("rpc_error", e.getMessage());
            }
        }
    }

    private void waitOut(FetchRun run, FetchEvents.Throttle throttle, Duration wait) throws InterruptedException {
        if (wait.compareTo(policy.floodWaitCap()) > 0) {
            throw FetchAborted.day("flood_wait_cap", "Telegram asked to wait " + wait.toSeconds()
                    + " s, more than FLOOD_WAIT_MAX_SECONDS=" + policy.floodWaitCap().toSeconds());
        }
        long jitterMillis = policy.floodWaitJitter().toMillis();
        Duration sleep = wait.plusMillis(jitterMillis > 0 ? random.nextLong(jitterMillis + 1) : 0);
        run.waitingUntil(clock.instant().plus(sleep));
        throttle.progress(run, true);
        try {
            pause.pause(sleep);
        } finally {
            run.doneWaiting();
        }
    }
}
