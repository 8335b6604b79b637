package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** One TDLib client (one account's connection): requests with a timeout each, its updates, and closing it. */
final class TdClient implements AutoCloseable {

    private final TdDispatcher dispatcher;
    private final int id;
    private final Duration timeout;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private TdClient(TdDispatcher dispatcher, Duration timeout, Consumer<ObjectNode> updates) {
        this.dispatcher = dispatcher;
        this.timeout = timeout;
        this.id = dispatcher.register(update -> {
            updates.accept(update);
            if (TdAuthorizationStates.isClosed(update)) {
                closed.complete(null);
            }
        });
    }

    /**
     * Creates a client whose updates (from the first {@code updateAuthorizationState} on) go to {@code updates}, on
     * the receive thread.
     */
    static TdClient open(TdDispatcher dispatcher, Duration timeout, Consumer<ObjectNode> updates) {
        TdClient client = new TdClient(dispatcher, timeout, updates);
        // TDLib creates the client on its first request; any request will do.
        client.send(TdObjects.request("getOption").put("name", "version"));
        return client;
    }

    int id() {
        return id;
    }

    /** Sends a request; its answer may be an {@code error} object. */
    CompletableFuture<ObjectNode> send(ObjectNode request) {
        return dispatcher.send(id, request);
    }

    /** Sends a request and waits for its answer; an error becomes the failure it means for {@code subject}. */
    ObjectNode call(ObjectNode request, String subject) {
        ObjectNode answer = await(send(request), TdObjects.type(request));
        if (TdObjects.is(answer, TdError.TYPE)) {
            throw TdErrors.translate(TdError.of(answer), subject);
        }
        return answer;
    }

    /** Waits for an answer to a request of the given method at most the request timeout. */
    ObjectNode await(Future<ObjectNode> answer, String method) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new TransientFailure("TDLib did not answer " + method + " within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new TransientFailure("interrupted while waiting for TDLib to answer " + method, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TelegateException failure ? failure
                    : new TransientFailure("TDLib request " + method + " failed", e.getCause());
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Closes the client and waits (at most the request timeout) until TDLib reports it closed. Idempotent. */
    @Override
    public void close() {
        if (closed.isDone()) {
            return;
        }
        send(TdObjects.request("close"));
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // TDLib did not confirm in time: stop routing to the client so the receive loop can end.
            dispatcher.forget(id);
        }
    }
}
