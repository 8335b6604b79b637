package io.telegate.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.PermanentFailure;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionSealerTest {

    private static final String KEY_A = "a:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = "b:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private final SessionDescriptor session = new SessionDescriptor("s-1", "hash-секрет", "1BVtsOK4Bu...string");

    @Test
    void sealedSessionOpensToTheSameDescriptorAndHidesTheSecrets() {
        SessionSealer sealer = new SessionSealer(SealingKeys.parse(KEY_A));

        EncryptedSession sealed = sealer.seal(session);

        assertThat(sealed.sessionId()).isEqualTo("s-1");
        assertThat(sealed.keyId()).isEqualTo("a");
        assertThat(new String(Base64.getDecoder().decode(sealed.sealed()))).doesNotContain("string", "hash");
        assertThat(sealer.open(sealed)).isEqualTo(session);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        SessionSealer sealer = new SessionSealer(SealingKeys.parse(KEY_A));

        assertThat(sealer.seal(session).sealed()).isNotEqualTo(sealer.seal(session).sealed());
    }

    @Test
    void rotatedKeysStillOpenSessionsSealedWithTheOldKey() {
        EncryptedSession old = new SessionSealer(SealingKeys.parse(KEY_A)).seal(session);
        SessionSealer rotated = new SessionSealer(SealingKeys.parse(KEY_B + "," + KEY_A));

        assertThat(rotated.open(old)).isEqualTo(session);
        assertThat(rotated.seal(session).keyId()).isEqualTo("b");
    }

    @Test
    void aSealedSessionMovedUnderAnotherIdDoesNotOpen() {
        SessionSealer sealer = new SessionSealer(SealingKeys.parse(KEY_A));
        EncryptedSession sealed = sealer.seal(session);

        assertThatThrownBy(() -> sealer.open(new EncryptedSession("s-2", sealed.keyId(), sealed.sealed())))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("wrong key or altered data");
    }

    @Test
    void unknownKeyIsAClearError() {
        EncryptedSession sealed = new SessionSealer(SealingKeys.parse(KEY_A)).seal(session);

        assertThatThrownBy(() -> new SessionSealer(SealingKeys.parse(KEY_B)).open(sealed))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("unknown key 'a'");
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> SealingKeys.parse("k:" + Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SealingKeys.parse("nocolon"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
