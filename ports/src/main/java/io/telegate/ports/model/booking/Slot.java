package io.telegate.ports.model.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bookable span of time at a location.
 *
 * @param locationId where
 * @param start      when it begins
 * @param length     how long it lasts (a whole number of 15-minute steps)
 */
public record Slot(String locationId, Instant start, Duration length) {

    /** The booking grid's step: a day has 96 of them. */
    public static final Duration STEP = Duration.ofMinutes(15);

    public Slot {
        Objects.requireNonNull(locationId, "location_id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero() || length.toMinutes() % STEP.toMinutes() != 0) {
            throw new IllegalArgumentException("a slot lasts a positive multiple of 15 minutes, was " + length);
        }
    }

    /** When it ends (exclusive). */
    public Instant end() {
        return start.plus(length);
    }

    /** True when the two slots share a location and some time. */
    public boolean overlaps(Slot other) {
        return locationId.equals(other.locationId) && start.isBefore(other.end()) && other.start.isBefore(end());
    }
}
