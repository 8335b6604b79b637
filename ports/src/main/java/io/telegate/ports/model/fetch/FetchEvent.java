package io.telegate.ports.model.fetch;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of seed 002 on {@code tg_events} (wire discriminator: the {@code event} field), each with the
 * common fields {@code command_id, chat, mode, params, processed, errors, duration_sec, ts}.
 */
public sealed interface FetchEvent {

    /** The fields every fetch event carries. */
    Header header();

    /**
     * Common fields.
     *
     * @param commandId   the command's id
     * @param chat        the chat as named in the command
     * @param mode        {@code date}, {@code days} or {@code range}; empty when a command was too broken to tell
     * @param params      the mode's parameters ({@code date} | {@code days} | {@code from}, {@code to})
     * @param processed   messages archived so far
     * @param errors      units that failed so far
     * @param durationSec seconds since the command started
     * @param ts          when the event was emitted
     */
    record Header(String commandId, String chat, String mode, Map<String, String> params, long processed,
                  int errors, double durationSec, Instant ts) {
        public Header {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(mode, "mode");
            params = Map.copyOf(params);
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** {@code started}: the command was accepted and its work planned. */
    record Started(Header header, int units) implements FetchEvent {
    }

    /**
     * {@code progress}: periodic, at a bounded rate.
     *
     * @param unitsDone    units finished so far of {@code units}
     * @param units        units planned
     * @param waitingUntil when waiting out a FloodWait: when the wait ends
     * @param eta          estimated completion time of the command
     */
    record Progress(Header header, int unitsDone, int units, Optional<Instant> waitingUntil,
                    Optional<Instant> eta) implements FetchEvent {
        public Progress {
            Objects.requireNonNull(waitingUntil, "waiting_until");
            Objects.requireNonNull(eta, "eta");
        }
    }

    /** {@code completed}: every unit is archived. */
    record Completed(Header header) implements FetchEvent {
    }

    /**
     * {@code failed}: the command was rejected or could not be finished.
     *
     * @param error  a machine-readable error type ({@code invalid_command}, {@code flood_wait_cap}, {@code access_lost}, ...)
     * @param reason a human-readable reason
     * @param field  for a rejected command, the offending field
     */
    record Failed(Header header, String error, String reason, Optional<String> field) implements FetchEvent {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(field, "field");
        }
    }
}
