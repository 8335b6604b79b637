package io.telegate.adapters.http.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.telegate.ports.out.TransientFailure;
import io.telegate.testkit.time.MutableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JwtAuthenticatorTest {

    private static final String SECRET = "a-development-secret-of-32-bytes!";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-07T10:00:00Z"));
    private final JwtAuthenticator hmac = new JwtAuthenticator(JwtConfig.hmac(SECRET), clock);

    @Test
    void aDevelopmentTokenYieldsItsSubject() {
        String token = DevTokens.issue(SECRET, "alice", clock.instant(), Duration.ofMinutes(5));

        assertThat(hmac.subjectOf("Bearer " + token)).isEqualTo("alice");
        assertThat(hmac.subjectOf("bearer  " + token)).isEqualTo("alice");
    }

    @Test
    void aTokenIsAcceptedUntilItExpiresGiveOrTakeTheSkew() {
        String token = DevTokens.issue(SECRET, "alice", clock.instant(), Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5).plusSeconds(29));
        assertThat(hmac.subjectOf("Bearer " + token)).isEqualTo("alice");
        clock.advance(Duration.ofSeconds(1));
        assertRejected(() -> hmac.subjectOf("Bearer " + token), "expired");
    }

    @Test
    void aTokenIsRefusedBeforeItsNotBeforeTime() {
        String token = DevTokens.issue(SECRET, "alice", clock.instant().plus(Duration.ofMinutes(2)),
                Duration.ofMinutes(5));

        assertRejected(() -> hmac.subjectOf("Bearer " + token), "not valid yet");
        clock.advance(Duration.ofMinutes(2));
        assertThat(hmac.subjectOf("Bearer " + token)).isEqualTo("alice");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String token = DevTokens.issue("another-secret-that-is-32-bytes!!", "alice", clock.instant(),
                Duration.ofMinutes(5));

        assertRejected(() -> hmac.subjectOf("Bearer " + token), "rejected");
    }

    @Test
    void anUnsignedTokenIsRefusedEvenWithAValidLookingClaimSet() {
        String token = new PlainJWT(claims("alice", clock.instant().plusSeconds(60))).serialize();

        assertRejected(() -> hmac.subjectOf("Bearer " + token), "rejected");
    }

    @Test
    void aTokenWithoutSubjectOrExpiryIsRefused() throws Exception {
        JWTClaimsSet noSubject = claims(null, clock.instant().plusSeconds(60));
        JWTClaimsSet noExpiry = new JWTClaimsSet.Builder().subject("alice").build();

        assertRejected(() -> hmac.subjectOf("Bearer " + hs256(noSubject)), "subject");
        assertRejected(() -> hmac.subjectOf("Bearer " + hs256(noExpiry)), "expiry");
    }

    @Test
    void aMissingHeaderOrAnotherSchemeIsNoTokenAtAll() {
        assertThatThrownBy(() -> hmac.subjectOf(null)).isInstanceOfSatisfying(Unauthorized.class,
                e -> assertThat(e.tokenPresent()).isFalse());
        assertThatThrownBy(() -> hmac.subjectOf("Basic YWxpY2U6c2VjcmV0")).isInstanceOfSatisfying(Unauthorized.class,
                e -> assertThat(e.tokenPresent()).isFalse());
        assertRejected(() -> hmac.subjectOf("Bearer not.a.jwt"), "not a JWT");
    }

    @Test
    void rsaTokensAreCheckedAgainstTheKeysOfTheJwksUrlFetchedOnce() throws Exception {
        RSAKey signing = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        AtomicInteger fetches = new AtomicInteger();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = new JWKSet(signing.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
            JwtAuthenticator authenticator = new JwtAuthenticator(JwtConfig.jwks(url), clock);
            JWTClaimsSet claims = claims("tenant-7", clock.instant().plusSeconds(300));

            assertThat(authenticator.subjectOf("Bearer " + rs256(claims, signing))).isEqualTo("tenant-7");
            assertThat(authenticator.subjectOf("Bearer " + rs256(claims, signing))).isEqualTo("tenant-7");
            assertRejected(() -> authenticator.subjectOf("Bearer " + rs256(claims, stranger)), "rejected");
            assertRejected(() -> authenticator.subjectOf("Bearer " + hs256(claims)), "rejected");
            assertThat(fetches).hasValueLessThanOrEqualTo(2).hasValueGreaterThan(0);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void aJwksOutOfReachIsATransientFailureNotARejectedToken() throws Exception {
        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);
        JwtAuthenticator authenticator = new JwtAuthenticator(
                JwtConfig.jwks(URI.create("http://127.0.0.1:" + port + "/jwks.json")), clock);
        RSAKey signing = new RSAKeyGenerator(2048).keyID("k1").generate();

        assertThatThrownBy(() -> authenticator.subjectOf("Bearer "
                + rs256(claims("tenant-7", clock.instant().plusSeconds(300)), signing)))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void aShortSecretIsRefusedAndTheSecretIsNeverShown() {
        assertThatThrownBy(() -> JwtConfig.hmac("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining("too-short");
        assertThat(JwtConfig.hmac(SECRET).toString()).doesNotContain(SECRET).contains("****");
        assertThatThrownBy(() -> new JwtConfig(Optional.empty(), Optional.empty(),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Unauthorized.class, e -> {
            assertThat(e.tokenPresent()).isTrue();
            assertThat(e.getMessage()).contains(reason).doesNotContain(SECRET);
        });
    }

    private static JWTClaimsSet claims(String subject, Instant expiry) {
        return new JWTClaimsSet.Builder().subject(subject).expirationTime(Date.from(expiry)).build();
    }

    private static String hs256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String rs256(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
