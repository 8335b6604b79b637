package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A scripted stand-in for libtdjson: it answers each request through the handler registered for its method
 * (default {@code ok}), echoing {@code @extra} and {@code @client_id} as TDLib does, and lets the test push updates.
 * Like TDLib, a new client reports {@code authorizationStateWaitTdlibParameters} first, and {@code close} moves it
 * through {@code Closing} to {@code Closed}.
 */
final class FakeTdJson implements TdJson {

    /** A request as the fake received it. */
    record Sent(int clientId, ObjectNode request) {
        String method() {
            return TdObjects.type(request);
        }
    }

    private final AtomicInteger lastClientId = new AtomicInteger();
    private final Set<Integer> created = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, BiFunction<Integer, ObjectNode, ObjectNode>> handlers = new ConcurrentHashMap<>();

    /** Answers requests of {@code method} with what the handler returns (it may also push updates first). */
    FakeTdJson on(String method, BiFunction<Integer, ObjectNode, ObjectNode> handler) {
        handlers.put(method, handler);
        return this;
    }

    /** Pushes an update (or any object) to a client. */
    void emit(int clientId, JsonNode object) {
        ObjectNode copy = (ObjectNode) object.deepCopy();
        copy.put(TdObjects.CLIENT_ID, clientId);
        outbox.add(TdObjects.write(copy));
    }

    /** Pushes {@code updateAuthorizationState} with a state of the given type and no fields. */
    void emitState(int clientId, String stateType) {
        emitState(clientId, TdObjects.object(stateType));
    }

    void emitState(int clientId, JsonNode state) {
        ObjectNode update = TdObjects.object(TdAuthorizationStates.UPDATE);
        update.set("authorization_state", state);
        emit(clientId, update);
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The methods sent, in order, leaving out the {@code getOption} that creates each client. */
    List<String> methods() {
        return sent.stream().map(Sent::method).filter(m -> !m.equals("getOption")).toList();
    }

    /** The last request of the method. */
    ObjectNode last(String method) {
        return sent.stream().filter(s -> s.method().equals(method)).reduce((a, b) -> b).orElseThrow().request();
    }

    int lastClientId() {
        return lastClientId.get();
    }

    static ObjectNode ok() {
        return TdObjects.object("ok");
    }

    static ObjectNode error(int code, String message) {
        return TdObjects.object("error").put("code", code).put("message", message);
    }

    @Override
    public int createClientId() {
        return lastClientId.incrementAndGet();
    }

    @Override
    public void send(int clientId, String request) {
        ObjectNode parsed = TdObjects.parse(request);
        sent.add(new Sent(clientId, parsed));
        if (created.add(clientId)) {
            emitState(clientId, TdAuthorizationStates.WAIT_PARAMETERS);
        }
        String method = TdObjects.type(parsed);
        ObjectNode answer = method.equals("close") ? close(clientId)
                : handlers.getOrDefault(method, (client, req) -> ok()).apply(clientId, parsed);
        answer.set(TdObjects.EXTRA, parsed.get(TdObjects.EXTRA));
        emit(clientId, answer);
    }

    @Override
    public Optional<String> receive(double timeoutSeconds) {
        try {
            return Optional.ofNullable(outbox.poll((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String execute(String request) {
        throw new UnsupportedOperationException("the fake runs no synchronous requests");
    }

    private ObjectNode close(int clientId) {
        handlers.getOrDefault("close", (client, req) -> ok()).apply(clientId, TdObjects.request("close"));
        emitState(clientId, TdAuthorizationStates.CLOSING);
        emitState(clientId, TdAuthorizationStates.CLOSED);
        return ok();
    }
}
