package io.telegate.sandbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot's webhook state as {@code getWebhookInfo} reports it.
 *
 * @param url                the webhook URL, empty when none is set
 * @param pendingUpdateCount updates not yet delivered
 * @param lastErrorDate      when the last delivery failed
 * @param lastErrorMessage   why it failed
 */
public record WebhookInfo(String url, int pendingUpdateCount, Optional<Instant> lastErrorDate,
                          Optional<String> lastErrorMessage) {

    public WebhookInfo {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lastErrorDate, "last_error_date");
        Objects.requireNonNull(lastErrorMessage, "last_error_message");
    }
}
