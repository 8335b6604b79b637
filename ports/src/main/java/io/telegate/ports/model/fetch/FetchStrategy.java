package io.telegate.ports.model.fetch;

/** How a fetch command's days are worked: seed 002's {@code batch} and {@code per_day}. */
public enum FetchStrategy {
    /** Fetch the whole window newest to oldest in one pass, splitting messages into days as they come. */
    BATCH("batch"),
    /** Fetch each day as its own unit (parallel up to FETCH_CONCURRENCY). */
    PER_DAY("per_day");

    private final String wireName;

    FetchStrategy(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire. */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name; throws {@link IllegalArgumentException} listing the valid ones. */
    public static FetchStrategy fromWire(String name) {
        for (FetchStrategy s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("strategy must be one of batch, per_day; was '" + name + "'");
    }
}
