package io.telegate.adapters.http.notify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.telegate.ports.out.TransientFailure;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an {@code Authorization: Bearer <JWT>} header into the tenant the request acts for: the token's
 * {@code sub}. The signature is checked with the configured secret (HS256) or the JWKS keys (RSA and EC families,
 * fetched on first use and cached by Nimbus's {@link JWKSourceBuilder}); {@code exp} is required, {@code exp} and
 * {@code nbf} are checked on the injected clock; unsigned tokens are refused. Thread-safe.
 */
public final class JwtAuthenticator {

    private static final String BEARER = "bearer ";
    private static final int JWKS_TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtAuthenticator(JwtConfig config, Clock clock) {
        processor.setJWSKeySelector(new AlgorithmKeySelector(config.hmacSecret().map(JwtAuthenticator::hmac),
                config.jwksUrl().map(JwtAuthenticator::jwks)));
        processor.setJWTClaimsSetVerifier(new ClaimsCheck(clock, config.clockSkew()));
    }

    /**
     * The subject of the request's bearer token; throws {@link Unauthorized} when there is none or it is bad, and
     * {@link TransientFailure} when the JWKS cannot be fetched.
     */
    String subjectOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthorized("a bearer token is required (Authorization: Bearer <JWT>)", false);
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new Unauthorized("the Authorization header must use the Bearer scheme", false);
        }
        String token = authorization.substring(BEARER.length()).strip();
        try {
            return processor.process(token, null).getSubject();
        } catch (ParseException e) {
            throw new Unauthorized("the bearer token is not a JWT", true);
        } catch (BadJOSEException e) {
            throw new Unauthorized("the bearer token was rejected: " + e.getMessage(), true);
        } catch (KeySourceException e) {
            // the identity provider's keys are out of reach: not the client's fault, so not a 401
            throw new TransientFailure("the JWKS could not be fetched to check the token", e);
        } catch (JOSEException e) {
            throw new Unauthorized("the bearer token could not be checked", true);
        }
    }

    private static JWSKeySelector<SecurityContext> hmac(String secret) {
        return new JWSVerificationKeySelector<>(JWSAlgorithm.HS256,
                new ImmutableSecret<>(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static JWSKeySelector<SecurityContext> jwks(URI url) {
        Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        try {
            return new JWSVerificationKeySelector<>(algorithms, JWKSourceBuilder.<SecurityContext>create(url.toURL(),
                    new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT)).build());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the JWKS URL is not a valid URL", e);
        }
    }
}
