package io.telegate.ports.in;

import io.telegate.ports.model.FieldError;
import io.telegate.ports.out.PermanentFailure;
import java.util.List;
import java.util.stream.Collectors;

/** A request broke its rules; carries every offending field at once so the caller can report them together. */
public final class InvalidRequestException extends PermanentFailure {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /** The offending fields, in the order they were checked. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return "invalid request: " + errors.stream().map(e -> e.field() + " " + e.reason())
                .collect(Collectors.joining("; "));
    }
}
