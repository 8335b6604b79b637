package io.telegate.ports.model.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * The closed set of ways a Bot API call can fail, so callers decide with an exhaustive {@code switch}.
 */
public sealed interface BotApiError {

    /** Telegram's or the transport's own words, safe to record (never contains the token). */
    String description();

    /** Whether trying the same call again later can succeed. */
    default boolean retryable() {
        return this instanceof RetryAfter || this instanceof Transport;
    }

    /** HTTP 429: too many requests; wait {@code retryAfter} before the next call of this kind. */
    record RetryAfter(Duration retryAfter, String description) implements BotApiError {
        public RetryAfter {
            Objects.requireNonNull(retryAfter, "retry_after");
            Objects.requireNonNull(description, "description");
        }
    }

    /** HTTP 403: the bot was blocked, kicked, or the user is deactivated: {@code description} says which. */
    record Forbidden(String description) implements BotApiError {
        public Forbidden {
            Objects.requireNonNull(description, "description");
        }
    }

    /** HTTP 400 "chat not found": the chat does not exist or the bot never met it. */
    record ChatNotFound(String description) implements BotApiError {
        public ChatNotFound {
            Objects.requireNonNull(description, "description");
        }
    }

    /** HTTP 400 with {@code migrate_to_chat_id}: the group became a supergroup with a new id. */
    record ChatMigrated(long newChatId, String description) implements BotApiError {
        public ChatMigrated {
            Objects.requireNonNull(description, "description");
        }
    }

    /** Any other HTTP 400: the request itself is wrong (bad parse mode, empty text, ...). */
    record BadRequest(String description) implements BotApiError {
        public BadRequest {
            Objects.requireNonNull(description, "description");
        }
    }

    /** HTTP 401/404 for the token: the token is wrong or revoked. */
    record Unauthorized(String description) implements BotApiError {
        public Unauthorized {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * The request failed on the way (connection refused, timeout, 5xx). {@code mayHaveArrived} is true when the
     * request may have reached Telegram before the failure, so a resend could duplicate the message.
     */
    record Transport(String description, boolean mayHaveArrived) implements BotApiError {
        public Transport {
            Objects.requireNonNull(description, "description");
        }
    }
}
