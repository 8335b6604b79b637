package io.telegate.adapters.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.RedisCommand;
import io.lettuce.core.resource.ClientResources;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Lettuce client of one Redis and its connections: a shared, multiplexed connection for ordinary
 * commands, and a {@link BlockingConnectionPool} for blocking commands, which would stall the shared one.
 *
 * <p>Nothing connects until the first command (building the object graph has no side effects). Connections
 * reconnect by themselves; while one is down, commands fail at once as {@link TransientFailure} instead of
 * queueing up, so no command is replayed behind the caller's back. Every Lettuce exception leaves as a
 * {@link io.telegate.ports.out.TelegateException}. Thread-safe; {@link #close()} closes every connection and
 * the client (and its threads, unless the {@link ClientResources} were handed in).
 */
public final class RedisConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnections.class);

    private final RedisConfig config;
    private final ClientResources resources;
    private final ReentrantLock lock = new ReentrantLock();
    private final BlockingConnectionPool blocking;
    private RedisClient client;
    private CompletableFuture<StatefulRedisConnection<String, String>> shared;
    private boolean closed;

    /** Connections with a client of their own, threads included. */
    public RedisConnections(RedisConfig config) {
        this(config, Optional.empty());
    }

    /** Connections whose client runs on {@code resources}, which the caller shares, owns and shuts down. */
    public RedisConnections(RedisConfig config, ClientResources resources) {
        this(config, Optional.of(resources));
    }

    private RedisConnections(RedisConfig config, Optional<ClientResources> resources) {
        this.config = Objects.requireNonNull(config, "config");
        this.resources = resources.orElse(null);
        this.blocking = new BlockingConnectionPool(this::connect, config.commandTimeout());
    }

    public RedisConfig config() {
        return config;
    }

    /** Runs commands on the shared connection, translating failures; {@code operation} names it in messages. */
    <T> T call(String operation, Function<RedisCommands<String, String>, T> commands) {
        try {
            var connection = BoundedWaits.await(operation, sharedConnection(), config.commandTimeout());
            return commands.apply(connection.sync());
        } catch (RuntimeException failure) {
            throw RedisFailures.translate(operation, failure);
        }
    }

    /** Runs one command on the shared connection, waiting at most {@code patience} for it, connecting included. */
    <T> T callWithin(Duration patience, String operation,
                     Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
        CompletableFuture<T> answer = sharedConnection()
                .thenCompose(connection -> command.apply(connection.async()).toCompletableFuture());
        return BoundedWaits.await(operation, answer, patience);
    }

    /** See {@link BlockingConnectionPool#run}. */
    <T> Optional<T> blocking(String operation, Duration wait,
                             Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
        return blocking.run(operation, wait, command);
    }

    @Override
    public void close() {
        CompletableFuture<StatefulRedisConnection<String, String>> sharedToClose;
        RedisClient clientToClose;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            sharedToClose = shared;
            clientToClose = client;
        } finally {
            lock.unlock();
        }
        blocking.close();
        if (sharedToClose != null) {
            sharedToClose.thenAccept(StatefulRedisConnection::close);
        }
        if (clientToClose != null) {
            clientToClose.shutdown(Duration.ZERO, config.commandTimeout());
        }
    }

    @Override
    public String toString() {
        return "RedisConnections[" + config + "]";
    }

    static TransientFailure closedFailure() {
        return new TransientFailure("Redis connections are closed");
    }

    private CompletableFuture<StatefulRedisConnection<String, String>> sharedConnection() {
        lock.lock();
        try {
            if (shared == null || shared.isCompletedExceptionally()) {
                shared = connect();
            }
            return shared;
        } finally {
            lock.unlock();
        }
    }

    private CompletableFuture<StatefulRedisConnection<String, String>> connect() {
        lock.lock();
        try {
            if (closed) {
                throw closedFailure();
            }
            if (client == null) {
                client = resources == null ? RedisClient.create() : RedisClient.create(resources);
                client.setOptions(clientOptions());
                log.info("Redis client created for {}", config.redisUri());
            }
            return client.connectAsync(StringCodec.UTF8, config.redisUri()).toCompletableFuture();
        } finally {
            lock.unlock();
        }
    }

    private ClientOptions clientOptions() {
        long timeoutMillis = config.commandTimeout().toMillis();
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(config.commandTimeout()).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.builder().timeoutSource(new TimeoutOptions.TimeoutSource() {
                    @Override
                    public long getTimeout(RedisCommand<?, ?, ?> command) {
                        // A blocking move waits as long as it was asked to; its caller bounds the wait itself.
                        return command != null && command.getType() == CommandType.BLMOVE ? 0 : timeoutMillis;
                    }
                }).build())
                .build();
    }
}
