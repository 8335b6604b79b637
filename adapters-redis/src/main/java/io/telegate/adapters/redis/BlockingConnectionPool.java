package io.telegate.adapters.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Connections that each carry one blocking command at a time, so a waiting {@code BLMOVE} never stalls other
 * commands; one is opened per concurrent waiter and kept idle afterwards, up to {@value #MAX_IDLE}.
 */
final class BlockingConnectionPool {

    private static final int MAX_IDLE = 16;

    private final Supplier<CompletableFuture<StatefulRedisConnection<String, String>>> connector;
    private final Duration commandTimeout;
    private final Deque<StatefulRedisConnection<String, String>> idle = new ConcurrentLinkedDeque<>();
    private final Set<StatefulRedisConnection<String, String>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    BlockingConnectionPool(Supplier<CompletableFuture<StatefulRedisConnection<String, String>>> connector,
                           Duration commandTimeout) {
        this.connector = connector;
        this.commandTimeout = commandTimeout;
    }

    /**
     * Runs one blocking command that may wait up to {@code wait}; empty when it answered nil or the calling thread
     * was interrupted (the interrupt flag stays set). A connection whose command did not finish normally is closed,
     * which makes the server drop the command if it is still blocked.
     */
    <T> Optional<T> run(String operation, Duration wait,
                        Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
        StatefulRedisConnection<String, String> connection = borrow(operation);
        boolean reusable = false;
        try {
            CompletableFuture<T> answer = command.apply(connection.async()).toCompletableFuture();
            long patience = BoundedWaits.saturatedNanos(wait.plus(commandTimeout));
            T result = answer.get(patience, TimeUnit.NANOSECONDS);
            reusable = true;
            return Optional.ofNullable(result);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            throw RedisFailures.translate(operation, failure);
        } finally {
            giveBack(connection, reusable);
        }
    }

    /** Closes every connection, idle or busy; a command waiting on one fails as transient. */
    void close() {
        closed = true;
        open.forEach(StatefulRedisConnection::close);
        open.clear();
        idle.clear();
    }

    private StatefulRedisConnection<String, String> borrow(String operation) {
        for (var connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            if (connection.isOpen()) {
                return connection;
            }
            discard(connection);
        }
        StatefulRedisConnection<String, String> connection =
                BoundedWaits.await(operation, connector.get(), commandTimeout);
        open.add(connection);
        if (closed) {
            discard(connection);
            throw RedisConnections.closedFailure();
        }
        return connection;
    }

    private void giveBack(StatefulRedisConnection<String, String> connection, boolean reusable) {
        if (reusable && !closed && connection.isOpen() && idle.size() < MAX_IDLE) {
            idle.offerFirst(connection);
        } else {
            discard(connection);
        }
    }

    private void discard(StatefulRedisConnection<String, String> connection) {
        open.remove(connection);
        connection.closeAsync();
    }
}
