package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Return;
import com.rabbitmq.client.ShutdownSignalException;
import io.telegate.ports.out.TransientFailure;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The publishes of one confirm-mode channel still waiting for the broker's answer, by publish sequence number.
 * Confirms, returns and the channel's shutdown arrive on the connection's thread.
 */
final class PendingConfirms {

    private final ConcurrentNavigableMap<Long, CompletableFuture<Void>> waiting = new ConcurrentSkipListMap<>();
    private final Map<Long, String> operations = new ConcurrentHashMap<>();
    private final Map<Long, String> returned = new ConcurrentHashMap<>();

    CompletableFuture<Void> expect(long sequence, String operation) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        operations.put(sequence, operation);
        waiting.put(sequence, confirmed);
        return confirmed;
    }

    void forget(long sequence) {
        waiting.remove(sequence);
        operations.remove(sequence);
    }

    void acked(long sequence, boolean multiple) {
        settle(sequence, multiple, null);
    }

    void nacked(long sequence, boolean multiple) {
        settle(sequence, multiple, "the broker refused it (nack)");
    }

    /** A mandatory message could not be routed; its confirm follows, and fails the publish. */
    void returned(Return message) {
        Object sequence = message.getProperties().getHeaders() == null ? null
                : message.getProperties().getHeaders().get(ConfirmedPublisher.SEQUENCE_HEADER);
        if (sequence instanceof Number number) {
            returned.put(number.longValue(), message.getReplyCode() + " " + message.getReplyText());
        }
    }

    void closed(ShutdownSignalException cause) {
        for (Long sequence : waiting.keySet()) {
            fail(sequence, "the channel closed before the broker confirmed it (" + cause.getMessage() + ")");
        }
    }

    private void settle(long sequence, boolean multiple, String nackReason) {
        Iterable<Long> settled = multiple ? waiting.headMap(sequence, true).keySet() : java.util.List.of(sequence);
        for (Long each : settled) {
            String routeFailure = returned.remove(each);
            if (nackReason != null) {
                fail(each, nackReason);
            } else if (routeFailure != null) {
                fail(each, "the broker could not route it to any queue (" + routeFailure + ")");
            } else {
                CompletableFuture<Void> done = waiting.remove(each);
                operations.remove(each);
                if (done != null) {
                    done.complete(null);
                }
            }
        }
    }

    private void fail(long sequence, String reason) {
        CompletableFuture<Void> done = waiting.remove(sequence);
        String operation = operations.remove(sequence);
        if (done != null) {
            done.completeExceptionally(new TransientFailure("RabbitMQ " + operation + " failed: " + reason));
        }
    }
}
