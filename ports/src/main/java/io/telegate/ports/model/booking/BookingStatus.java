package io.telegate.ports.model.booking;

/** Where a booking is in its life. */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED,
    DONE,
    NO_SHOW
}
