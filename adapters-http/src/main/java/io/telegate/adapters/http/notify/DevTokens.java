package io.telegate.adapters.http.notify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Issues HS256 tokens for development and tests, signed with the secret the API checks: {@code sub}, {@code iat},
 * {@code nbf} and {@code exp}. Production tokens come from an identity provider (see {@link JwtConfig#jwksUrl()}).
 */
public final class DevTokens {

    private DevTokens() {
    }

    /** A token for {@code subject}, valid from {@code issuedAt} for {@code ttl}. */
    public static String issue(String secret, String subject, Instant issuedAt, Duration ttl) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > ClaimsCheck.MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("the subject must be 1 to " + ClaimsCheck.MAX_SUBJECT_LENGTH
                    + " characters");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the lifetime must be positive, was " + ttl);
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            // MACSigner refuses secrets shorter than 256 bits; its message does not quote the secret
            throw new IllegalArgumentException("cannot sign with this secret: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
