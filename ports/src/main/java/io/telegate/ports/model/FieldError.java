package io.telegate.ports.model;

import java.util.Objects;

/**
 * One invalid field of a request.
 *
 * @param field  the field's dotted path as the request names it ({@code keyboard[0][1].url})
 * @param reason what is wrong with it, in words
 */
public record FieldError(String field, String reason) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
