package io.telegate.ports.out;

import java.util.Objects;
import java.util.Optional;

/** A wire payload is not valid JSON or breaks its schema; names the offending field when there is one. */
public final class InvalidPayloadException extends PermanentFailure {

    private final String field;
    private final String reason;

    public InvalidPayloadException(String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The offending field (a dotted path such as {@code primary_session.id}), if the payload parsed at all. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Why it is invalid, in words. */
    public String reason() {
        return reason;
    }
}
