package io.telegate.adapters.jdbc;

import io.telegate.ports.out.PermanentFailure;

/** A write broke a unique constraint; permanent to callers, but the stores catch it where a race expects it. */
final class UniqueViolation extends PermanentFailure {

    UniqueViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
