package io.telegate.core.monitor;

import io.telegate.core.time.Pause;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.TransientFailure;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Telegram request under seed 000's reconnect rule: a network failure is tried again after
 * FAILOVER_RETRY_DELAY_SECONDS, up to MAX_RECONNECT_ATTEMPTS, then the session counts as lost with
 * {@code CONNECTION_LOST}. A FloodWait is not retried here: the caller cools the session and moves on.
 */
final class TelegramRetry {

    private static final Logger log = LoggerFactory.getLogger(TelegramRetry.class);

    private final MonitorPolicy policy;
    private final Pause pause;

    TelegramRetry(MonitorPolicy policy, Pause pause) {
        this.policy = policy;
        this.pause = pause;
    }

    <T> T call(String sessionId, String what, Supplier<T> request) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (FloodWaitException e) {
                throw e;
            } catch (TransientFailure e) {
                if (attempt >= policy.reconnectAttempts()) {
                    throw new AccessLostException(AccessLossReason.CONNECTION_LOST,
                            what + " failed " + attempt + " times: " + e.getMessage());
                }
                log.warn("session {}: {} failed (attempt {} of {}), retrying in {} s: {}", sessionId, what, attempt,
                        policy.reconnectAttempts(), policy.retryDelay().toSeconds(), e.getMessage());
                pause.pause(policy.retryDelay());
            }
        }
    }
}
