package io.telegate.adapters.http.notify;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Checks the claims of a token whose signature is good, on the injected clock: a subject of 1 to
 * {@value #MAX_SUBJECT_LENGTH} characters, an expiry not passed and a not-before reached, both give or take the
 * allowed skew.
 */
final class ClaimsCheck implements JWTClaimsSetVerifier<SecurityContext> {

    /** Subjects become task owners, stored in a 255-character column. */
    static final int MAX_SUBJECT_LENGTH = 255;

    private final Clock clock;
    private final Duration skew;

    ClaimsCheck(Clock clock, Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new BadJWTException("the token names no subject (sub) of 1 to " + MAX_SUBJECT_LENGTH
                    + " characters");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new BadJWTException("the token has no expiry (exp)");
        }
        if (!now.isBefore(expiry.toInstant().plus(skew))) {
            throw new BadJWTException("the token expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.isBefore(notBefore.toInstant().minus(skew))) {
            throw new BadJWTException("the token is not valid yet (nbf)");
        }
    }
}
