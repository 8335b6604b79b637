package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.TransientFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starting a stored session's client: answer {@code authorizationStateWaitTdlibParameters}, then expect
 * {@code authorizationStateReady}. Any state that asks for a phone number, code or password means the binlog holds
 * no valid authorization: the session is reported as {@link AccessLossReason#AUTH_KEY_UNREGISTERED}.
 */
final class TdSessionStart {

    private final String sessionId;
    private final ObjectNode parameters;
    private final Path databaseDirectory;
    private final Duration timeout;
    private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
    private volatile boolean ready;

    TdSessionStart(TdlibConfig config, SessionDescriptor descriptor, Path databaseDirectory) {
        this.sessionId = descriptor.id();
        this.parameters = TdParameters.forSession(config, databaseDirectory, descriptor.apiHash());
        this.databaseDirectory = databaseDirectory;
        this.timeout = config.requestTimeout();
    }

    /** Takes a state the client reported before it was ready (called on the receive thread). */
    void offer(JsonNode state) {
        if (TdObjects.is(state, TdAuthorizationStates.READY)) {
            ready = true;
        }
        states.add(state);
    }

    boolean isReady() {
        return ready;
    }

    /** True for the states a client passes through when its session ends or it closes. */
    static boolean isEnding(JsonNode state) {
        String type = TdObjects.type(state);
        return type.equals(TdAuthorizationStates.LOGGING_OUT) || type.equals(TdAuthorizationStates.CLOSING)
                || type.equals(TdAuthorizationStates.CLOSED);
    }

    /** Drives the client to ready; on any other outcome closes it and throws. */
    void awaitReady(TdClient client) {
        while (true) {
            JsonNode state = next(client);
            switch (TdObjects.type(state)) {
                case TdAuthorizationStates.WAIT_PARAMETERS -> client.call(parameters, "session " + sessionId);
                case TdAuthorizationStates.READY -> {
                    return;
                }
                default -> {
                    client.close();
                    TdSessionFiles.deleteTree(databaseDirectory);
                    throw new AccessLostException(AccessLossReason.AUTH_KEY_UNREGISTERED,
                            "session " + sessionId + " is not logged in (TDLib: " + TdObjects.type(state) + ")");
                }
            }
        }
    }

    private JsonNode next(TdClient client) {
        try {
            JsonNode state = states.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (state != null) {
                return state;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        throw new TransientFailure("TDLib did not start session " + sessionId + " within " + timeout.toSeconds()
                + " s");
    }
}
