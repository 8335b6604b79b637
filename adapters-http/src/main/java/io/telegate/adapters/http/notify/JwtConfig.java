package io.telegate.adapters.http.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the task API checks bearer tokens: HS256 with a shared secret (development, single-party setups), RS256/ES256
 * with the keys of a JWKS URL (production identity providers), or both. {@link #toString()} hides the secret.
 *
 * @param hmacSecret the HS256 secret, at least {@value #MIN_SECRET_BYTES} bytes in UTF-8
 * @param jwksUrl    where the identity provider publishes its signing keys ({@code http} or {@code https})
 * @param clockSkew  how far {@code exp} and {@code nbf} may be off and still be accepted
 */
public record JwtConfig(Optional<String> hmacSecret, Optional<URI> jwksUrl, Duration clockSkew) {

    /** HS256 needs a key as long as its hash (RFC 7518, section 3.2). */
    public static final int MIN_SECRET_BYTES = 32;
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    public JwtConfig {
        Objects.requireNonNull(hmacSecret, "hmacSecret");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (hmacSecret.isEmpty() && jwksUrl.isEmpty()) {
            throw new IllegalArgumentException("a JWT secret or a JWKS URL is needed to check tokens");
        }
        hmacSecret.ifPresent(secret -> {
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes");
            }
        });
        jwksUrl.ifPresent(JwtConfig::requireHttpUrl);
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the clock skew must be 0 to 10 minutes, was " + clockSkew);
        }
    }

    /** Tokens signed with HS256 and {@code secret}. */
    public static JwtConfig hmac(String secret) {
        return new JwtConfig(Optional.of(secret), Optional.empty(), DEFAULT_CLOCK_SKEW);
    }

    /** Tokens signed with the keys published at {@code url}. */
    public static JwtConfig jwks(URI url) {
        return new JwtConfig(Optional.empty(), Optional.of(url), DEFAULT_CLOCK_SKEW);
    }

    public JwtConfig withClockSkew(Duration skew) {
        return new JwtConfig(hmacSecret, jwksUrl, skew);
    }

    private static void requireHttpUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("the JWKS URL must be an absolute http:// or https:// URL");
        }
    }

    @Override
    public String toString() {
        return "JwtConfig[hmacSecret=" + (hmacSecret.isPresent() ? "****" : "") + ", jwksUrl="
                + jwksUrl.map(URI::toString).orElse("") + ", clockSkew=" + clockSkew + "]";
    }
}
