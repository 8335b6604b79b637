package io.telegate.ports.model.fetch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days a fetch command covers: seed 002's three modes, {@code date}, {@code days} and {@code range}.
 */
public sealed interface FetchWindow {

    /** The wire name of the mode: {@code date}, {@code days} or {@code range}. */
    String mode();

    /** {@code mode: date}: one calendar day. */
    record OnDate(LocalDate date) implements FetchWindow {
        public OnDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String mode() {
            return "date";
        }
    }

    /** {@code mode: days}: the last {@code days} days up to and including today. */
    record LastDays(int days) implements FetchWindow {
        public LastDays {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1, was " + days);
            }
        }

        @Override
        public String mode() {
            return "days";
        }
    }

    /** {@code mode: range}: every day from {@code from} to {@code to}, both included. */
    record DateRange(LocalDate from, LocalDate to) implements FetchWindow {
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
            }
        }

        @Override
        public String mode() {
            return "range";
        }
    }
}
