package io.telegate.adapters.telegram.bot;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.out.BotApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admits only as many calls as the HTTP client runs at once. A call beyond that would wait in OkHttp's queue,
 * where no timeout applies and it could still go out after its caller gave up on it; here the caller waits
 * instead, and gives up with nothing sent.
 */
final class BotApiCallSlots {

    private final Semaphore slots;
    private final Duration patience;

    BotApiCallSlots(int size, Duration patience) {
        this.slots = new Semaphore(size, true);
        this.patience = patience;
    }

    /** Takes a slot, or fails as a transport failure that sent nothing. */
    void enter() {
        try {
            if (!slots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new BotApiException(new BotApiError.Transport("all Bot API connections stayed busy for "
                        + patience.toMillis() + " ms; nothing was sent", false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiException(new BotApiError.Transport(
                    "interrupted while waiting for a Bot API connection; nothing was sent", false));
        }
    }

    void leave() {
        slots.release();
    }
}
