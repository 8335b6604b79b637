package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.ShutdownSignalException;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one connection to RabbitMQ that the adapters of a process share, and the channel they publish on.
 *
 * <p>Nothing connects until first use (building the object graph has no side effects); connecting declares the
 * topology ({@link #declareTopology()}), which a runtime also calls as its explicit start-up step. The connection
 * recovers by itself after a network failure or a broker restart, retrying every second: the client reopens
 * channels and consumers, and a {@link RecoveryTracker} declares the topology again before consumers come back.
 * Exchanges, queues and bindings are left out of the client's own topology recovery ({@link ConsumersOnly}),
 * which replays each declaration on the channel that made it, and declarations here run on short-lived channels.
 * While the connection is down, operations fail at once as {@link TransientFailure}. Thread-safe;
 * {@link #close()} closes the connection.
 */
public final class RabbitConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RabbitConnections.class);
    private static final long RECOVERY_INTERVAL_MILLIS = 1_000;

    private final RabbitConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConfirmedPublisher publisher;
    private final RecoveryTracker recoveries;
    private volatile Connection connection;
    private volatile boolean closed;

    public RabbitConnections(RabbitConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.publisher = new ConfirmedPublisher(this::openConnection, config.confirmTimeout());
        this.recoveries = new RecoveryTracker(config);
    }

    public RabbitConfig config() {
        return config;
    }

    /**
     * Connects if not yet connected and declares the exchanges, queues and bindings of the config; idempotent,
     * and safe on a broker where the existing services already declared them (see {@link RabbitTopology}).
     */
    public void declareTopology() {
        if (!connectIfNeeded()) {
            RabbitTopology.declare(openConnection(), config);
        }
    }

    /** True while connected: false before the first use, while recovering and once closed. */
    public boolean isConnected() {
        Connection current = connection;
        return current != null && current.isOpen() && !recoveries.recovering();
    }

    @Override
    public void close() {
        Connection toClose;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            toClose = connection;
        } finally {
            lock.unlock();
        }
        publisher.close();
        if (toClose != null) {
            try {
                toClose.close((int) config.confirmTimeout().toMillis());
            } catch (IOException | ShutdownSignalException alreadyGone) {
                toClose.abort();
            }
            log.info("RabbitMQ connection {} closed", config.connectionName());
        }
    }

    @Override
    public String toString() {
        return "RabbitConnections[" + config + "]";
    }

    /** The connection, connecting first if needed; throws {@link TransientFailure} while it is down. */
    Connection openConnection() {
        connectIfNeeded();
        Connection current = connection;
        if (current == null || !current.isOpen() || recoveries.recovering()) {
            throw new TransientFailure("RabbitMQ connection " + config.connectionName()
                    + (closed ? " is closed" : " is down; reconnecting"));
        }
        return current;
    }

    /** A channel of its own for the caller, who closes it. */
    Channel openChannel(String purpose) {
        try {
            return RabbitChannels.open(openConnection());
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate("open a channel to " + purpose, failure);
        }
    }

    /** Publishes and waits for the broker's confirm; see {@link ConfirmedPublisher}. */
    void publish(String operation, String exchange, String routingKey, AMQP.BasicProperties properties,
                 byte[] body) {
        publisher.publish(operation, exchange, routingKey, properties, body);
    }

    /** Connects unless connected; true when this call connected (and so declared the topology). */
    private boolean connectIfNeeded() {
        if (connection != null && !closed) {
            return false;
        }
        lock.lock();
        try {
            if (closed) {
                throw new TransientFailure("RabbitMQ connection " + config.connectionName() + " is closed");
            }
            if (connection != null) {
                return false;
            }
            connection = connect();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private Connection connect() {
        Connection fresh;
        try {
            fresh = factory().newConnection(config.connectionName());
        } catch (IOException | TimeoutException | RuntimeException failure) {
            throw RabbitFailures.translate("connect to " + RabbitUrl.address(config.url()), failure);
        }
        try {
            RabbitTopology.declare(fresh, config);
        } catch (RuntimeException failure) {
            fresh.abort();
            throw failure;
        }
        fresh.addShutdownListener(cause -> {
            if (!cause.isInitiatedByApplication()) {
                log.warn("RabbitMQ connection {} lost: {}", config.connectionName(),
                        RabbitFailures.translate("connection", cause).getMessage());
            }
        });
        ((Recoverable) fresh).addRecoveryListener(recoveries);
        log.info("RabbitMQ connection {} open to {}", config.connectionName(), RabbitUrl.address(config.url()));
        return fresh;
    }

    private ConnectionFactory factory() {
        ConnectionFactory factory = RabbitUrl.configure(new ConnectionFactory(), config.url());
        int timeoutMillis = (int) config.confirmTimeout().toMillis();
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setTopologyRecoveryFilter(new ConsumersOnly());
        factory.setNetworkRecoveryInterval(RECOVERY_INTERVAL_MILLIS);
        factory.setConnectionTimeout(timeoutMillis);
        factory.setHandshakeTimeout(timeoutMillis);
        factory.setChannelRpcTimeout(timeoutMillis);
        return factory;
    }
}
