package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One log-in in progress: its own TDLib client and database directory, fed the authorization states in the order
 * TDLib reports them, and driven by a {@link TdLoginStateMachine}. On success the directory becomes the new
 * session's database and its binlog the session string; on failure or cancel it is deleted.
 */
final class TdLogin {

    private final String loginId;
    private final String sessionId = UUID.randomUUID().toString();
    private final Path databaseDirectory;
    private final String apiHash;
    private final Duration timeout;
    private final Duration qrPoll;
    private final TdLoginStateMachine machine;
    private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
    private final TdClient client;
    private JsonNode waitingIn;
    private LoginStep lastStep;
    private boolean ended;

    TdLogin(TdlibRuntime runtime, String loginId, Optional<String> phoneNumber) {
        TdlibConfig config = runtime.config();
        this.loginId = loginId;
        this.databaseDirectory = TdSessionFiles.directory(config, sessionId);
        this.apiHash = config.apiHash();
        this.timeout = config.requestTimeout();
        this.qrPoll = config.pollTimeout();
        this.machine = new TdLoginStateMachine(loginId, phoneNumber,
                TdParameters.forSession(config, databaseDirectory, apiHash), runtime.clock());
        this.client = runtime.openClient(update -> TdAuthorizationStates.of(update).ifPresent(states::add));
    }

    /** Answers the states TDLib can be answered without the caller until one needs the caller, or the end. */
    synchronized LoginStep advance() {
        return react(nextState(timeout));
    }

    /** Submits the code or password the current step asks for; a QR step waits one poll timeout for news. */
    synchronized LoginStep submit(String input) {
        if (ended) {
            throw new PermanentFailure("log-in " + loginId + " has ended");
        }
        Optional<ObjectNode> request = machine.submit(waitingIn, input);
        if (request.isEmpty()) {
            JsonNode news = poll(qrPoll);
            return news == null ? lastStep : react(news);
        }
        ObjectNode answer = client.await(client.send(request.get()), TdObjects.type(request.get()));
        if (TdObjects.is(answer, TdError.TYPE)) {
            TdError error = TdError.of(answer);
            return TdLoginStateMachine.isRetryable(error) ? lastStep : failOn(error);
        }
        return advance();
    }

    /** Abandons the log-in: closes its client and deletes its directory. Idempotent. */
    synchronized void cancel() {
        if (!ended) {
            ended = true;
            client.close();
            TdSessionFiles.deleteTree(databaseDirectory);
        }
    }

    private LoginStep react(JsonNode state) {
        JsonNode current = state;
        while (true) {
            switch (machine.react(current)) {
                case TdLoginStateMachine.Reaction.Send send -> {
                    ObjectNode answer = client.await(client.send(send.request()), TdObjects.type(send.request()));
                    if (TdObjects.is(answer, TdError.TYPE)) {
                        return failOn(TdError.of(answer));
                    }
                }
                case TdLoginStateMachine.Reaction.Ask ask -> {
                    waitingIn = current;
                    lastStep = ask.step();
                    return lastStep;
                }
                case TdLoginStateMachine.Reaction.Authorized authorized -> {
                    return finish();
                }
                case TdLoginStateMachine.Reaction.GiveUp giveUp -> {
                    cancel();
                    return new LoginStep.Failed(loginId, giveUp.reason());
                }
            }
            current = nextState(timeout);
        }
    }

    private LoginStep finish() {
        long userId = client.call(TdObjects.request("getMe"), "getMe").path("id").asLong();
        client.close();
        ended = true;
        String sessionString = TdSessionArchive.export(databaseDirectory);
        return new LoginStep.LoggedIn(loginId, new SessionDescriptor(sessionId, apiHash, sessionString), userId);
    }

    private LoginStep failOn(TdError error) {
        Optional<Duration> wait = TdErrors.floodWait(error);
        cancel();
        if (wait.isPresent()) {
            throw new FloodWaitException(wait.get());
        }
        return new LoginStep.Failed(loginId, error.message());
    }

    private JsonNode nextState(Duration limit) {
        JsonNode state = poll(limit);
        if (state == null) {
            cancel();
            throw new TransientFailure("TDLib reported no authorization state within " + limit.toSeconds()
                    + " s; log-in " + loginId + " abandoned");
        }
        return state;
    }

    private JsonNode poll(Duration limit) {
        try {
            return states.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for TDLib", e);
        }
    }
}
