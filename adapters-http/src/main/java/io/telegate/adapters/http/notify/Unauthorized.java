package io.telegate.adapters.http.notify;

/** A request without a usable bearer token; answered with 401 and {@code WWW-Authenticate: Bearer}. */
final class Unauthorized extends RuntimeException {

    private final boolean tokenPresent;

    Unauthorized(String message, boolean tokenPresent) {
        super(message, null, false, false);
        this.tokenPresent = tokenPresent;
    }

    /** True when a token came and was rejected (RFC 6750's {@code invalid_token}); false when none came. */
    boolean tokenPresent() {
        return tokenPresent;
    }
}
