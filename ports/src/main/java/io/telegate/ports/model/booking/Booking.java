package io.telegate.ports.model.booking;

import java.util.Objects;

/**
 * A client's booking of a specialist's slot.
 *
 * @param id           the booking id
 * @param slot         where and when
 * @param specialistId who serves it
 * @param clientTgId   the client's Telegram user id
 * @param status       its state
 */
public record Booking(String id, Slot slot, String specialistId, long clientTgId, BookingStatus status) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(specialistId, "specialist_id");
        Objects.requireNonNull(status, "status");
    }
}
