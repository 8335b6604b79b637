package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real TDLib client, offline: created, given parameters with a dummy api id and hash and a temporary database,
 * driven to {@code authorizationStateWaitPhoneNumber} (TDLib needs no network for that), and closed. The network is
 * switched off in TDLib ({@link TdOfflineTransport}), so nothing here tries to reach Telegram.
 */
class TdNativeClientTest {

    static final int DUMMY_API_ID = 94575;
    static final String DUMMY_API_HASH = "a3406de8d171bb422bb6ddf3bbd800e2";

    @TempDir
    Path databases;

    @Test
    void aClientReachesWaitPhoneNumberOfflineAndClosesCleanly() throws Exception {
        TdlibRuntime runtime = runtime(databases);
        BlockingQueue<String> states = new LinkedBlockingQueue<>();

        TdClient client = runtime.openClient(update -> TdAuthorizationStates.of(update)
                .ifPresent(state -> states.add(TdObjects.type(state))));
        assertThat(next(states)).isEqualTo(TdAuthorizationStates.WAIT_PARAMETERS);
        JsonNode ok = client.call(TdParameters.forSession(runtime.config(), databases.resolve("s1"), ""), "parameters");
        assertThat(TdObjects.type(ok)).isEqualTo("ok");
        assertThat(next(states)).isEqualTo(TdAuthorizationStates.WAIT_PHONE);

        client.close();

        assertThat(client.isClosed()).isTrue();
        assertThat(List.copyOf(states)).endsWith(TdAuthorizationStates.CLOSED);
        assertThat(databases.resolve("s1/td.binlog")).exists();
    }

    @Test
    void theReceiveLoopEndsWhenTheLastClientHasClosed() {
        TdlibRuntime runtime = runtime(databases);
        TdClient client = runtime.openClient(update -> { });
        client.call(TdParameters.forSession(runtime.config(), databases.resolve("s2"), ""), "parameters");

        assertThat(runtime.dispatcher().receiving()).isTrue();
        client.close();

        Eventually.holds(() -> !runtime.dispatcher().receiving(), Duration.ofSeconds(5));
    }

    @Test
    void aRealDatabaseThatNeverLoggedInTravelsAsASessionStringAndIsRefusedAsNotAuthorized() throws Exception {
        TdlibRuntime runtime = runtime(databases);
        TdClient client = runtime.openClient(update -> { });
        Path original = databases.resolve("never-logged-in");
        client.call(TdParameters.forSession(runtime.config(), original, ""), "parameters");
        client.close();
        String sessionString = TdSessionArchive.export(original);
        TdlibUserAccounts accounts = new TdlibUserAccounts(runtime);

        assertThatThrownBy(() -> accounts.connect(new SessionDescriptor("copied", "", sessionString)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
        assertThat(databases.resolve("copied")).doesNotExist();
        Eventually.holds(() -> !runtime.dispatcher().receiving(), Duration.ofSeconds(5));
    }

    static TdlibRuntime runtime(Path databases) {
        TdlibConfig config = TdlibConfig.defaults(Optional.of(TdNativeLibrary.path()), DUMMY_API_ID,
                DUMMY_API_HASH, databases).withRequestTimeout(Duration.ofSeconds(20));
        TdOfflineTransport td = TdOfflineTransport.instance();
        return new TdlibRuntime(config, Clock.systemUTC(), () -> td);
    }

    private static String next(BlockingQueue<String> states) throws InterruptedException {
        String state = states.poll(20, TimeUnit.SECONDS);
        assertThat(state).as("an authorization state within 20 s").isNotNull();
        return state;
    }
}
