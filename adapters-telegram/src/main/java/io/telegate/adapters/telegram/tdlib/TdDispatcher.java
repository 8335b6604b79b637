package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one receive loop of a {@link TdJson}: a single thread calls {@code td_receive}, matches answers to requests
 * through {@code @extra} and hands updates to the client named by {@code @client_id}.
 *
 * <p>The thread runs while at least one client is open and ends after the last one reports
 * {@code authorizationStateClosed}; the next client starts a new one. There is one dispatcher per transport (and so
 * one per process for the native library), because {@code td_receive} returns what every client of the process got.
 */
final class TdDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TdDispatcher.class);
    private static final Map<TdJson, TdDispatcher> BY_TRANSPORT = Collections.synchronizedMap(new IdentityHashMap<>());

    private final TdJson json;
    private final double pollSeconds;
    private final Map<Integer, Consumer<ObjectNode>> clients = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextExtra = new AtomicLong();
    private Thread loop;

    private record Pending(int clientId, CompletableFuture<ObjectNode> answer) {
    }

    private TdDispatcher(TdJson json, Duration pollTimeout) {
        this.json = json;
        this.pollSeconds = pollTimeout.toMillis() / 1000.0;
    }

    /** The dispatcher of this transport; the poll timeout of the first caller applies. */
    static TdDispatcher of(TdJson json, Duration pollTimeout) {
        return BY_TRANSPORT.computeIfAbsent(json, transport -> new TdDispatcher(transport, pollTimeout));
    }

    TdJson transport() {
        return json;
    }

    /** Reserves a client and routes its updates to {@code updates} (called on the receive thread; must be quick). */
    synchronized int register(Consumer<ObjectNode> updates) {
        int clientId = json.createClientId();
        clients.put(clientId, updates);
        if (loop == null) {
            loop = Thread.ofPlatform().name("tdlib-receive").daemon().start(this::receiveUntilNoClients);
        }
        return clientId;
    }

    /** Sends a request to a client; the future completes with its answer, which may be an {@code error}. */
    CompletableFuture<ObjectNode> send(int clientId, ObjectNode request) {
        String extra = Long.toString(nextExtra.incrementAndGet());
        CompletableFuture<ObjectNode> answer = new CompletableFuture<>();
        pending.put(extra, new Pending(clientId, answer));
        answer.whenComplete((result, failure) -> pending.remove(extra));
        json.send(clientId, TdObjects.write(request.deepCopy().put(TdObjects.EXTRA, extra)));
        return answer;
    }

    /** Stops routing to a client and fails what it still waits for. */
    void forget(int clientId) {
        clients.remove(clientId);
        pending.values().stream().filter(p -> p.clientId() == clientId).forEach(p -> p.answer()
                .completeExceptionally(new TransientFailure("the TDLib client closed before it answered")));
    }

    synchronized boolean receiving() {
        return loop != null;
    }

    private void receiveUntilNoClients() {
        boolean noClientsLeft = false;
        try {
            while (!noClientsLeft) {
                try {
                    json.receive(pollSeconds).ifPresent(this::route);
                } catch (RuntimeException e) {
                    log.error("TDLib's receive loop skipped an object it could not handle", e);
                }
                synchronized (this) {
                    if (clients.isEmpty()) {
                        loop = null;
                        noClientsLeft = true;
                    }
                }
            }
        } finally {
            // When an Error ends the loop early, the next client must start a new one instead of waiting forever.
            synchronized (this) {
                if (loop == Thread.currentThread()) {
                    loop = null;
                }
            }
        }
    }

    private void route(String text) {
        ObjectNode object = TdObjects.parse(text);
        String extra = object.path(TdObjects.EXTRA).asText(null);
        Pending waiting = extra == null ? null : pending.get(extra);
        if (waiting != null) {
            waiting.answer().complete(object);
            return;
        }
        int clientId = object.path(TdObjects.CLIENT_ID).asInt(-1);
        Consumer<ObjectNode> client = clients.get(clientId);
        if (client == null) {
            log.debug("dropped {} for TDLib client {} that is not open", TdObjects.type(object), clientId);
            return;
        }
        client.accept(object);
        if (TdAuthorizationStates.isClosed(object)) {
            forget(clientId);
        }
    }
}
