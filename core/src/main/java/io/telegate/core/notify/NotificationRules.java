package io.telegate.core.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * What a new or changed notification may ask for.
 *
 * @param maxTextLength   the longest text accepted; longer than one Telegram message is fine, it goes in parts
 * @param sendAtTolerance how far in the past a send time may lie (clocks differ; older means a mistake)
 */
public record NotificationRules(int maxTextLength, Duration sendAtTolerance) {

    public NotificationRules {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive, was " + maxTextLength);
        }
        Objects.requireNonNull(sendAtTolerance, "sendAtTolerance");
        if (sendAtTolerance.isNegative()) {
            throw new IllegalArgumentException("sendAtTolerance must not be negative");
        }
    }

    /** Up to ten messages' worth of text; send times up to an hour old. */
    public static NotificationRules defaults() {
        return new NotificationRules(10 * 4096, Duration.ofHours(1));
    }
}
