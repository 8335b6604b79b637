package io.telegate.adapters.http.notify;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.util.List;
import java.util.Optional;

/**
 * Picks the verification keys by the token's algorithm: HS256 against the shared secret, the RSA and EC families
 * against the JWKS; any other algorithm, or one whose key source is not configured, gets no key and fails.
 */
final class AlgorithmKeySelector implements JWSKeySelector<SecurityContext> {

    private final Optional<JWSKeySelector<SecurityContext>> hmac;
    private final Optional<JWSKeySelector<SecurityContext>> jwks;

    AlgorithmKeySelector(Optional<JWSKeySelector<SecurityContext>> hmac,
                         Optional<JWSKeySelector<SecurityContext>> jwks) {
        this.hmac = hmac;
        this.jwks = jwks;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        JWSAlgorithm algorithm = header.getAlgorithm();
        Optional<JWSKeySelector<SecurityContext>> source = JWSAlgorithm.HS256.equals(algorithm) ? hmac
                : JWSAlgorithm.Family.RSA.contains(algorithm) || JWSAlgorithm.Family.EC.contains(algorithm) ? jwks
                : Optional.empty();
        if (source.isEmpty()) {
            return List.of();
        }
        return source.get().selectJWSKeys(header, context);
    }
}
