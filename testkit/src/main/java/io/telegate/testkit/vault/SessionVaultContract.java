package io.telegate.testkit.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.out.SessionVault;
import io.telegate.testkit.fixtures.Concurrently;
import io.telegate.testkit.fixtures.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionVault} promises; an adapter's test extends this class and supplies a
 * fresh, empty vault. The order of {@link SessionVault#ids()} is not part of the contract.
 */
public abstract class SessionVaultContract {

    private SessionVault vault;

    /** A new, empty vault; called before each test. */
    protected abstract SessionVault newVault();

    @BeforeEach
    void createVault() {
        vault = newVault();
    }

    @Test
    void anEmptyVaultHasNoSessions() {
        assertThat(vault.ids()).isEmpty();
        assertThat(vault.find("0b5c3c9e-unknown")).isEmpty();
    }

    @Test
    void findReturnsExactlyWhatWasPut() {
        EncryptedSession session = Sessions.sealed();

        vault.put(session);

        assertThat(vault.find(session.sessionId())).contains(session);
    }

    @Test
    void putReplacesTheSessionWithTheSameId() {
        EncryptedSession old = Sessions.sealed("account-1", "k1");
        EncryptedSession rotated = Sessions.sealed("account-1", "k2");

        vault.put(old);
        vault.put(rotated);

        assertThat(vault.find("account-1")).contains(rotated);
        assertThat(vault.ids()).containsExactly("account-1");
    }

    @Test
    void removeReportsWhetherTheSessionWasThere() {
        EncryptedSession kept = Sessions.sealed();
        EncryptedSession removed = Sessions.sealed();
        vault.put(kept);
        vault.put(removed);

        assertThat(vault.remove(removed.sessionId())).isTrue();
        assertThat(vault.remove(removed.sessionId())).isFalse();
        assertThat(vault.find(removed.sessionId())).isEmpty();
        assertThat(vault.find(kept.sessionId())).contains(kept);
    }

    @Test
    void idsListEveryStoredSession() {
        List<EncryptedSession> sessions = IntStream.range(0, 5).mapToObj(i -> Sessions.sealed()).toList();
        sessions.forEach(vault::put);
        vault.remove(sessions.get(2).sessionId());

        List<String> expected = new ArrayList<>(sessions.stream().map(EncryptedSession::sessionId).toList());
        expected.remove(2);
        assertThat(vault.ids()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void concurrentPutsAndRemovesKeepEverySurvivingSession() {
        int threads = 8;
        int perThread = 25;
        List<List<EncryptedSession>> byThread = IntStream.range(0, threads)
                .mapToObj(t -> IntStream.range(0, perThread).mapToObj(i -> Sessions.sealed("s-" + t + "-" + i)).toList())
                .toList();

        Concurrently.run(threads, t -> {
            for (EncryptedSession session : byThread.get(t)) {
                vault.put(session);
            }
            for (int i = 0; i < perThread; i += 5) {
                assertThat(vault.remove("s-" + t + "-" + i)).isTrue();
            }
        });

        List<EncryptedSession> survivors = byThread.stream().flatMap(List::stream)
                .filter(s -> !s.sessionId().matches("s-\\d+-\\d*[05]")).toList();
        assertThat(vault.ids()).containsExactlyInAnyOrderElementsOf(
                survivors.stream().map(EncryptedSession::sessionId).toList());
        survivors.forEach(s -> assertThat(vault.find(s.sessionId())).contains(s));
    }
}
