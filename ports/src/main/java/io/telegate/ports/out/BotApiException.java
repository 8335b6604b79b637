package io.telegate.ports.out;

import io.telegate.ports.model.bot.BotApiError;
import java.util.Objects;

/** A Bot API call failed; {@link #error()} says how, as one of the closed set of {@link BotApiError}s. */
public final class BotApiException extends TelegateException {

    private final BotApiError error;

    public BotApiException(BotApiError error, Throwable cause) {
        super(error.getClass().getSimpleName() + ": " + error.description(), cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    public BotApiException(BotApiError error) {
        this(error, null);
    }

    public BotApiError error() {
        return error;
    }

    @Override
    public boolean isTransient() {
        return error.retryable();
    }
}
