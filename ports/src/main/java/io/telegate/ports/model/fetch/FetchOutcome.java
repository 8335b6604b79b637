package io.telegate.ports.model.fetch;

import java.util.Objects;

/** How a fetch command ended. */
public sealed interface FetchOutcome {

    /** Every day of the window is archived. */
    record Completed(long processed, int units) implements FetchOutcome {
    }

    /**
     * The command could not be finished.
     *
     * @param error  machine-readable type ({@code access_lost}, {@code flood_wait_cap}, {@code network}, ...)
     * @param reason human-readable reason
     */
    record Failed(String error, String reason, long processed) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
